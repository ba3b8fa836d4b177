import type { FeatureMatrix } from './feature-matrix.js';
import type { Objective } from './minimize-lbfgs.js';

/**
 * The penalized logistic log-likelihood as an {@link Objective} over parameters laid out
 * `[W (features × k, feature-major), b (k)]`: k = 1 is the binary model (sigmoid of one score, class 1
 * positive), k ≥ 3 the multinomial one (softmax over k scores). Its value is scikit-learn's objective
 * Σ wᵢ·lossᵢ + ‖W‖² / (2C) (intercepts unpenalized) divided by Σ wᵢ: the same minimizer, with a
 * gradient whose size does not grow with the row count, so one tolerance suits 100 rows and 1e6 rows.
 * Buffers (and, for CSR, the transpose) are made once; each evaluation is one X·W and one Xᵀ·R.
 */
export function logisticObjective(
  x: FeatureMatrix,
  labels: Int32Array,
  sampleWeight: Float64Array,
  k: number,
  c: number,
): Objective {
  const n = x.rows;
  const p = x.cols;
  const scores = new Float64Array(n * k);
  // Xᵀ·R every evaluation: gathering along rows of a stored transpose beats scattering into the gradient.
  const transposed = x.kind === 'csr' ? x.transpose() : undefined;
  let weightSum = 0;
  for (let i = 0; i < n; i++) weightSum += sampleWeight[i]!;
  const penalty = 1 / (c * weightSum);
  return (params, gradient) => {
    x.multiply(params, k, scores);
    let loss = 0;
    if (k === 1) {
      const b = params[p]!;
      for (let i = 0; i < n; i++) {
        const z = scores[i]! + b;
        const yi = labels[i]!;
        // softplus(z) − y·z and σ(z) − y, both without overflow.
        const e = Math.exp(-Math.abs(z));
        loss += sampleWeight[i]! * (Math.max(z, 0) + Math.log1p(e) - yi * z);
        const sigma = z >= 0 ? 1 / (1 + e) : e / (1 + e);
        scores[i] = sampleWeight[i]! * (sigma - yi);
      }
    } else {
      for (let i = 0; i < n; i++) {
        const row = i * k;
        let max = Number.NEGATIVE_INFINITY;
        for (let j = 0; j < k; j++) {
          const z = scores[row + j]! + params[p * k + j]!;
          scores[row + j] = z;
          if (z > max) max = z;
        }
        let total = 0;
        for (let j = 0; j < k; j++) total += Math.exp(scores[row + j]! - max);
        const logTotal = max + Math.log(total);
        const w = sampleWeight[i]!;
        loss += w * (logTotal - scores[row + labels[i]!]!);
        for (let j = 0; j < k; j++) scores[row + j] = w * Math.exp(scores[row + j]! - logTotal);
        scores[row + labels[i]!]! -= w;
      }
    }
    // scores now hold the weighted residuals R; ∇W = Xᵀ·R / Σw + W / (C Σw), ∇b = Σ R / Σw.
    if (transposed === undefined) x.transposeMultiply(scores, k, gradient);
    else transposed.multiply(scores, k, gradient);
    let squares = 0;
    for (let i = 0; i < p * k; i++) {
      const wi = params[i]!;
      squares += wi * wi;
      gradient[i] = gradient[i]! / weightSum + penalty * wi;
    }
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += scores[i * k + j]!;
      gradient[p * k + j] = sum / weightSum;
    }
    return loss / weightSum + 0.5 * penalty * squares;
  };
}
