import { CsrMatrix } from './csr-matrix.js';

/** How raw counts become TF-IDF weights. */
export interface TermWeighting {
  readonly idf: Float64Array;
  /** 1 + ln(tf) instead of tf. */
  readonly sublinearTf: boolean;
  /** Scale each row to unit Euclidean length. */
  readonly l2Normalize: boolean;
  /**
   * A zero-filled array of `columnCount` counters to use (and leave zero-filled) instead of allocating
   * one: serving one row at a time must not zero a vocabulary-sized array per request.
   */
  readonly scratch?: Float64Array;
}

/**
 * Builds TF-IDF rows from a stream of column ids per document (-1 = out-of-vocabulary, skipped):
 * counts each document's terms in a dense scratch array, sorts the touched columns, writes
 * tf · idf (or (1 + ln tf) · idf), then divides by the row's L2 norm (an empty row stays empty), the
 * computation of scikit-learn's TfidfTransformer. One pass, no per-term objects.
 */
export function weighTermColumns(
  docStart: Int32Array,
  columns: Int32Array,
  columnCount: number,
  weighting: TermWeighting,
): CsrMatrix {
  const { idf, sublinearTf, l2Normalize } = weighting;
  const rows = docStart.length - 1;
  const counts = weighting.scratch ?? new Float64Array(columnCount);
  let touched: Int32Array = new Int32Array(64);
  const indptr = new Int32Array(rows + 1);
  let indices: Int32Array = new Int32Array(Math.max(4, columns.length));
  let data: Float64Array = new Float64Array(indices.length);
  let nnz = 0;
  for (let d = 0; d < rows; d++) {
    let m = 0;
    for (let p = docStart[d]!, end = docStart[d + 1]!; p < end; p++) {
      const c = columns[p]!;
      if (c < 0) continue;
      if (counts[c] === 0) {
        if (m === touched.length) touched = grow(touched, m * 2);
        touched[m++] = c;
      }
      counts[c]!++;
    }
    const row = touched.subarray(0, m).sort();
    if (nnz + m > indices.length) {
      indices = grow(indices, Math.max(nnz + m, indices.length * 2));
      data = growFloat(data, indices.length);
    }
    let squares = 0;
    for (let i = 0; i < m; i++) {
      const c = row[i]!;
      const tf = counts[c]!;
      counts[c] = 0;
      const w = (sublinearTf ? 1 + Math.log(tf) : tf) * idf[c]!;
      indices[nnz + i] = c;
      data[nnz + i] = w;
      squares += w * w;
    }
    if (l2Normalize && squares > 0) {
      const norm = Math.sqrt(squares);
      for (let i = 0; i < m; i++) data[nnz + i]! /= norm;
    }
    nnz += m;
    indptr[d + 1] = nnz;
  }
  return new CsrMatrix(rows, columnCount, indptr, indices.slice(0, nnz), data.slice(0, nnz));
}

function grow(array: Int32Array, size: number): Int32Array {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}

function growFloat(array: Float64Array, size: number): Float64Array {
  const next = new Float64Array(size);
  next.set(array.subarray(0, Math.min(array.length, size)));
  return next;
}
