import { assertMetricInput } from './assert-metric-input.js';

/**
 * Fraction of predictions equal to the truth. Works for any labels (binary or multiclass class
 * indices), like scikit-learn's `accuracy_score`.
 *
 * @example accuracy([0, 1, 2], [0, 2, 2]) // 0.666…
 */
export function accuracy(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertMetricInput('accuracy', yTrue, yPred);
  let hits = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) hits++;
  return hits / yTrue.length;
}
