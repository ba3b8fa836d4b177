import type { FeatureMatrix } from './feature-matrix.js';

/**
 * The lower triangle of Xcᵀ·Xc (p × p row-major), Xc being X with each column's mean subtracted: the
 * normal-equation matrix of least squares with an intercept. Dense rows are centered on the fly (no
 * cancellation when a column's mean is large); for CSR only stored pairs are visited, O(Σ nnz_row²),
 * and the centering is applied afterwards as XᵀX − n·x̄x̄ᵀ.
 */
export function centeredGram(x: FeatureMatrix, means: Float64Array): Float64Array {
  const p = x.cols;
  const gram = new Float64Array(p * p);
  if (x.kind === 'dense') {
    const centered = new Float64Array(p);
    for (let r = 0; r < x.rows; r++) {
      const base = r * p;
      for (let j = 0; j < p; j++) centered[j] = x.data[base + j]! - means[j]!;
      for (let i = 0; i < p; i++) {
        const xi = centered[i]!;
        if (xi === 0) continue;
        const row = i * p;
        for (let j = 0; j <= i; j++) gram[row + j]! += xi * centered[j]!;
      }
    }
    return gram;
  }
  const { indptr, indices, data } = x;
  for (let r = 0; r < x.rows; r++) {
    for (let a = indptr[r]!, end = indptr[r + 1]!; a < end; a++) {
      const i = indices[a]!;
      const xi = data[a]!;
      for (let b = indptr[r]!; b < end; b++) {
        const j = indices[b]!;
        if (j <= i) gram[i * p + j]! += xi * data[b]!;
      }
    }
  }
  const n = x.rows;
  for (let i = 0; i < p; i++) for (let j = 0; j <= i; j++) gram[i * p + j]! -= n * means[i]! * means[j]!;
  return gram;
}
