import { CsrMatrix } from './csr-matrix.js';
import type { TypedArena } from './typed-arena.js';

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
  /** Where the result's arrays come from (views, valid until its reset); fresh arrays when absent. */
  readonly arena?: TypedArena | undefined;
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
  // A document has at most as many distinct columns as terms, and the matrix at most as many stored
  // values as the stream has ids: sized once, these arrays never grow. Serving weighs one short
  // document per request, where each avoided typed-array allocation is a measurable share.
  let longest = 0;
  for (let d = 0; d < rows; d++) longest = Math.max(longest, docStart[d + 1]! - docStart[d]!);
  const { arena } = weighting;
  const touched = arena?.int32(longest) ?? new Int32Array(longest);
  const indptr = arena?.int32(rows + 1) ?? new Int32Array(rows + 1);
  const indices = arena?.int32(columns.length) ?? new Int32Array(columns.length);
  const data = arena?.float64(columns.length) ?? new Float64Array(columns.length);
  let nnz = 0;
  for (let d = 0; d < rows; d++) {
    let m = 0;
    for (let p = docStart[d]!, end = docStart[d + 1]!; p < end; p++) {
      const c = columns[p]!;
      if (c < 0) continue;
      if (counts[c] === 0) touched[m++] = c;
      counts[c]!++;
    }
    sortPrefix(touched, m);
    let squares = 0;
    for (let i = 0; i < m; i++) {
      const c = touched[i]!;
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
  // Repeated terms leave slack at the end; a view keeps small results cheap, a copy frees a large one.
  const fit = arena !== undefined || nnz * 4 >= columns.length * 3;
  return new CsrMatrix(
    rows,
    columnCount,
    indptr,
    fit ? indices.subarray(0, nnz) : indices.slice(0, nnz),
    fit ? data.subarray(0, nnz) : data.slice(0, nnz),
  );
}

/** Sorts the first `m` values ascending: insertion sort for a short document's few terms. */
function sortPrefix(values: Int32Array, m: number): void {
  if (m > 32) {
    values.subarray(0, m).sort();
    return;
  }
  for (let i = 1; i < m; i++) {
    const v = values[i]!;
    let j = i - 1;
    while (j >= 0 && values[j]! > v) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = v;
  }
}
