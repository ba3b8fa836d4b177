import { binaryCounts } from './binary-counts.js';

/**
 * Binary F1, the harmonic mean of precision and recall, positive class 1. Computed as
 * 2tp / (2tp + fp + fn), which equals 2PR / (P + R) and is 0 when there is no positive at all.
 */
export function f1Score(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const { tp, fp, fn } = binaryCounts('f1', yTrue, yPred);
  const denominator = 2 * tp + fp + fn;
  return denominator === 0 ? 0 : (2 * tp) / denominator;
}
