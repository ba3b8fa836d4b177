import { SextantError } from '../../core/sextant-error.js';
import { assertMetricInput } from './assert-metric-input.js';

/**
 * Confusion matrix of class indices 0..K−1: `matrix[t][p]` counts samples of true class t predicted
 * as p (scikit-learn's layout; for binary labels `[[tn, fp], [fn, tp]]`). `classCount` defaults to
 * one more than the largest label seen, so a class absent from a window still gets its row when given.
 */
export function confusionMatrix(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  classCount?: number,
): number[][] {
  assertMetricInput('confusion_matrix', yTrue, yPred);
  let k = classCount ?? 0;
  if (classCount === undefined) {
    for (let i = 0; i < yTrue.length; i++) k = Math.max(k, yTrue[i]! + 1, yPred[i]! + 1);
  }
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i]!;
    const p = yPred[i]!;
    if (!Number.isInteger(t) || !Number.isInteger(p) || t < 0 || p < 0 || t >= k || p >= k) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `confusion_matrix: labels must be class indices 0..${k - 1}, found ${t}, ${p} at ${i}`,
        {
          index: i,
        },
      );
    }
    matrix[t]![p]!++;
  }
  return matrix;
}
