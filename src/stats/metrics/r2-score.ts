import { assertMetricInput } from './assert-metric-input.js';

/**
 * Coefficient of determination 1 − SS_res / SS_tot. For a constant truth scikit-learn's default
 * (`force_finite=True`) is followed: 1 for a perfect prediction, 0 otherwise, instead of ±infinity.
 */
export function r2Score(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertMetricInput('r2', yTrue, yPred);
  const n = yTrue.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i]!;
  mean /= n;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const r = yTrue[i]! - yPred[i]!;
    const t = yTrue[i]! - mean;
    residual += r * r;
    total += t * t;
  }
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}
