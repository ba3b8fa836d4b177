/**
 * Half squared error (a `GradientKernel`): gradient r - y, hessian 1, loss (r - y)² / 2, as
 * scikit-learn's HalfSquaredError. Self-contained: worker threads run its source text.
 */
export function squaredErrorGradients(
  y: Float64Array,
  raw: Float64Array,
  grad: Float64Array,
  hess: Float64Array,
  _n: number,
  _k: number,
  from: number,
  to: number,
  withLoss: boolean,
): number {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const d = raw[i]! - y[i]!;
    grad[i] = d;
    hess[i] = 1;
    if (withLoss) sum += 0.5 * d * d;
  }
  return sum;
}
