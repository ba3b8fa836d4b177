import { CsrMatrix } from './csr-matrix.js';
import { DenseMatrix } from './dense-matrix.js';
import type { FeatureMatrix } from './feature-matrix.js';
import type { TypedArena } from './typed-arena.js';

/**
 * Places feature blocks side by side (same row count) into one matrix of the requested layout: dense
 * row-major, or CSR with each row's entries in column order. Zeros of dense blocks are not stored in
 * the CSR result. With an arena the result's arrays are views into it (see TypedArena).
 */
export function hstackFeatures(
  blocks: readonly FeatureMatrix[],
  rows: number,
  layout: 'dense' | 'sparse',
  arena?: TypedArena,
): FeatureMatrix {
  const offsets: number[] = [];
  let cols = 0;
  for (const block of blocks) {
    offsets.push(cols);
    cols += block.cols;
  }
  if (layout === 'dense') {
    const out = new DenseMatrix(rows, cols, arena?.float64(rows * cols));
    blocks.forEach((block, b) => {
      const offset = offsets[b]!;
      if (block.kind === 'dense') {
        for (let r = 0; r < rows; r++) out.data.set(block.row(r), r * cols + offset);
      } else {
        for (let r = 0; r < rows; r++) {
          for (let p = block.indptr[r]!; p < block.indptr[r + 1]!; p++) {
            out.data[r * cols + offset + block.indices[p]!]! += block.data[p]!;
          }
        }
      }
    });
    return out;
  }
  const sparse = blocks.map((block) => (block.kind === 'csr' ? block : CsrMatrix.fromDense(block)));
  let nnz = 0;
  for (const block of sparse) nnz += block.nnz;
  const indptr = arena?.int32(rows + 1) ?? new Int32Array(rows + 1);
  const indices = arena?.int32(nnz) ?? new Int32Array(nnz);
  const data = arena?.float64(nnz) ?? new Float64Array(nnz);
  let q = 0;
  for (let r = 0; r < rows; r++) {
    for (let b = 0; b < sparse.length; b++) {
      const block = sparse[b]!;
      const offset = offsets[b]!;
      for (let p = block.indptr[r]!, end = block.indptr[r + 1]!; p < end; p++) {
        indices[q] = block.indices[p]! + offset;
        data[q++] = block.data[p]!;
      }
    }
    indptr[r + 1] = q;
  }
  return new CsrMatrix(rows, cols, indptr, indices, data);
}
