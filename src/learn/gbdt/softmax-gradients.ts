/**
 * Multiclass log loss on softmax raw scores (a `GradientKernel`): per class, gradient p_k - [y = k]
 * and hessian p_k (1 - p_k), the diagonal Newton step of scikit-learn and LightGBM; loss
 * log Σ e^r - r_y. Scores are shifted by their maximum so that no exp overflows. Self-contained:
 * worker threads run its source text.
 */
export function softmaxGradients(
  y: Float64Array,
  raw: Float64Array,
  grad: Float64Array,
  hess: Float64Array,
  n: number,
  k: number,
  from: number,
  to: number,
  withLoss: boolean,
): number {
  let sum = 0;
  for (let i = from; i < to; i++) {
    let max = Number.NEGATIVE_INFINITY;
    for (let s = 0; s < k; s++) max = Math.max(max, raw[s * n + i]!);
    let total = 0;
    for (let s = 0; s < k; s++) total += Math.exp(raw[s * n + i]! - max);
    const norm = max + Math.log(total);
    const label = y[i]!;
    if (withLoss) sum += norm - raw[label * n + i]!;
    for (let s = 0; s < k; s++) {
      const p = Math.exp(raw[s * n + i]! - norm);
      grad[s * n + i] = p - (label === s ? 1 : 0);
      hess[s * n + i] = p * (1 - p);
    }
  }
  return sum;
}
