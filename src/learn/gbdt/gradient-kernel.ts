/**
 * Writes gradients and hessians of rows `from..to` at their current raw scores and returns the sum of
 * their losses when `withLoss` (else 0). Arrays are class-major over `n` rows and `k` raw scores
 * (slot s of row i at `s * n + i`). Kernels are self-contained functions, so worker threads can run
 * their source text on a share of the rows.
 */
export type GradientKernel = (
  y: Float64Array,
  raw: Float64Array,
  grad: Float64Array,
  hess: Float64Array,
  n: number,
  k: number,
  from: number,
  to: number,
  withLoss: boolean,
) => number;
