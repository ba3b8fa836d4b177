import { binaryCounts } from './binary-counts.js';

/**
 * Binary recall (sensitivity) tp / (tp + fn), positive class 1; 0 when the truth has no positive,
 * as scikit-learn's default `zero_division`.
 */
export function recall(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const { tp, fn } = binaryCounts('recall', yTrue, yPred);
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}
