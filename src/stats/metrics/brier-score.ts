import { assertMetricInput } from './assert-metric-input.js';

/**
 * Brier score: mean squared difference between the probability of class 1 and the 0/1 outcome.
 * Lower is better; unlike log loss it stays finite for confident mistakes.
 */
export function brierScore(yTrue: ArrayLike<number>, yProba: ArrayLike<number>): number {
  assertMetricInput('brier', yTrue, yProba);
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const d = yProba[i]! - (yTrue[i] === 1 ? 1 : 0);
    sum += d * d;
  }
  return sum / yTrue.length;
}
