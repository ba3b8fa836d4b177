import type { FeatureMatrix } from './feature-matrix.js';

/** Stopping rules of {@link dampedLeastSquares}. */
export interface DampedLeastSquaresOptions {
  /** Stop when ‖Aᵀr − αw‖ ≤ tol · ‖Aᵀb‖ (default 1e-10). */
  readonly tol?: number;
  /** Iteration cap (default max(1000, 2 · columns)). */
  readonly maxIter?: number;
}

/**
 * Minimizes ‖A·w − b‖² + α‖w‖² where A is the column-centered X (A·v = X·v − (x̄·v), Aᵀu = Xᵀu − x̄·Σu,
 * never materialized, so a sparse X stays sparse), by CGLS: conjugate gradients on the normal equations
 * without forming XᵀX, which keeps the condition number from being squared in the residual updates. For
 * wide sparse inputs (TF-IDF regression) where a Gram matrix would not fit. From w = 0 it converges to
 * the minimum-norm solution when α = 0 and the problem is rank-deficient.
 */
export function dampedLeastSquares(
  x: FeatureMatrix,
  columnMeans: Float64Array,
  b: Float64Array,
  alpha: number,
  options: DampedLeastSquaresOptions = {},
): Float64Array {
  const n = x.rows;
  const p = x.cols;
  const apply = (v: Float64Array, out: Float64Array) => {
    x.multiply(v, 1, out);
    const shift = dot(columnMeans, v);
    for (let i = 0; i < n; i++) out[i]! -= shift;
  };
  const applyTranspose = (u: Float64Array, out: Float64Array) => {
    x.transposeMultiply(u, 1, out);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += u[i]!;
    for (let j = 0; j < p; j++) out[j]! -= columnMeans[j]! * sum;
  };
  const w = new Float64Array(p);
  const r = Float64Array.from(b);
  const s = new Float64Array(p);
  applyTranspose(r, s);
  const direction = Float64Array.from(s);
  const q = new Float64Array(n);
  let gamma = dot(s, s);
  const stop = (options.tol ?? 1e-10) * Math.sqrt(gamma);
  const maxIter = options.maxIter ?? Math.max(1000, 2 * p);
  for (let iteration = 0; iteration < maxIter && Math.sqrt(gamma) > stop; iteration++) {
    apply(direction, q);
    const delta = dot(q, q) + alpha * dot(direction, direction);
    if (!(delta > 0)) break;
    const step = gamma / delta;
    for (let j = 0; j < p; j++) w[j]! += step * direction[j]!;
    for (let i = 0; i < n; i++) r[i]! -= step * q[i]!;
    applyTranspose(r, s);
    for (let j = 0; j < p; j++) s[j]! -= alpha * w[j]!;
    const next = dot(s, s);
    const beta = next / gamma;
    gamma = next;
    for (let j = 0; j < p; j++) direction[j] = s[j]! + beta * direction[j]!;
  }
  return w;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
