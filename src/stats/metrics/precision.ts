import { binaryCounts } from './binary-counts.js';

/**
 * Binary precision tp / (tp + fp), positive class 1. With no predicted positive it is 0, as
 * scikit-learn returns (with a warning) under its default `zero_division="warn"`.
 */
export function precision(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const { tp, fp } = binaryCounts('precision', yTrue, yPred);
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}
