/**
 * Binary log loss on log-odds (a `GradientKernel`): gradient p - y, hessian p (1 - p), loss
 * log(1 + e^r) - y r, with p = sigmoid(r), all from one exp(-|r|) so that nothing overflows.
 * Computing the loss in the same pass costs only its logarithm: a separate pass would cost as much
 * again. Self-contained: worker threads run its source text.
 */
export function logLossGradients(
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
    const r = raw[i]!;
    const e = Math.exp(-Math.abs(r));
    const inverse = 1 / (1 + e);
    const p = r >= 0 ? inverse : e * inverse;
    grad[i] = p - y[i]!;
    hess[i] = p * (1 - p);
    if (withLoss) sum += Math.max(r, 0) + Math.log1p(e) - y[i]! * r;
  }
  return sum;
}
