import { assertMetricInput } from './assert-metric-input.js';

/** Root mean squared error of a regression, in the target's unit. */
export function rootMeanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertMetricInput('rmse', yTrue, yPred);
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const d = yTrue[i]! - yPred[i]!;
    sum += d * d;
  }
  return Math.sqrt(sum / yTrue.length);
}
