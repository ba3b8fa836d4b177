import { SextantError } from '../core/sextant-error.js';
import { DenseMatrix } from './dense-matrix.js';

/**
 * A sparse matrix in compressed sparse row form: the stored values of row r are
 * `data[indptr[r] .. indptr[r + 1])`, in columns `indices[...]` (ascending within a row when built by
 * Sextant, not required). TF-IDF rows have a few dozen non-zeros among tens of thousands of columns,
 * so storing only those makes training on 100k documents a matter of megabytes and milliseconds.
 * Same layout as scipy.sparse.csr_matrix, so fixtures compare entry for entry.
 */
export class CsrMatrix {
  readonly kind = 'csr' as const;
  readonly rows: number;
  readonly cols: number;
  /** rows + 1 offsets into indices / data; indptr[0] = 0, indptr[rows] = stored count. */
  readonly indptr: Int32Array;
  readonly indices: Int32Array;
  readonly data: Float64Array;

  constructor(rows: number, cols: number, indptr: Int32Array, indices: Int32Array, data: Float64Array) {
    const fail = (why: string) => {
      throw new SextantError('INVALID_ARGUMENT', `malformed CSR matrix ${rows} × ${cols}: ${why}`);
    };
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) fail('bad shape');
    if (indptr.length !== rows + 1 || indptr[0] !== 0)
      fail('indptr must have rows + 1 entries starting at 0');
    if (indices.length !== data.length || indptr[rows] !== data.length)
      fail('indptr, indices and data disagree');
    for (let r = 0; r < rows; r++) if (indptr[r + 1]! < indptr[r]!) fail(`indptr decreases at row ${r}`);
    for (let i = 0; i < indices.length; i++) {
      const c = indices[i]!;
      if (c < 0 || c >= cols) fail(`column index ${c} out of range`);
    }
    this.rows = rows;
    this.cols = cols;
    this.indptr = indptr;
    this.indices = indices;
    this.data = data;
  }

  /** Number of stored entries. */
  get nnz(): number {
    return this.data.length;
  }

  /** The value at (r, c), 0 when not stored (a linear scan of the row: for tests and inspection). */
  get(r: number, c: number): number {
    let sum = 0;
    for (let p = this.indptr[r]!; p < this.indptr[r + 1]!; p++)
      if (this.indices[p] === c) sum += this.data[p]!;
    return sum;
  }

  /** out (rows × k) = this · w, w a cols × k row-major block in its first cols·k entries. */
  multiply(w: Float64Array, k: number, out: Float64Array): Float64Array {
    const { rows, indptr, indices, data } = this;
    if (k === 1) {
      for (let r = 0; r < rows; r++) {
        let s = 0;
        for (let p = indptr[r]!, end = indptr[r + 1]!; p < end; p++) s += data[p]! * w[indices[p]!]!;
        out[r] = s;
      }
      return out;
    }
    out.fill(0, 0, rows * k);
    for (let r = 0; r < rows; r++) {
      const o = r * k;
      for (let p = indptr[r]!, end = indptr[r + 1]!; p < end; p++) {
        const x = data[p]!;
        const wc = indices[p]! * k;
        for (let j = 0; j < k; j++) out[o + j]! += x * w[wc + j]!;
      }
    }
    return out;
  }

  /**
   * out (cols × k, first cols·k entries) = thisᵀ · g, g rows × k row-major. Scatters into `out`; a
   * solver calling it every iteration is faster with `transpose().multiply(...)`, which gathers.
   */
  transposeMultiply(g: Float64Array, k: number, out: Float64Array): Float64Array {
    const { rows, cols, indptr, indices, data } = this;
    out.fill(0, 0, cols * k);
    if (k === 1) {
      for (let r = 0; r < rows; r++) {
        const gr = g[r]!;
        if (gr === 0) continue;
        for (let p = indptr[r]!, end = indptr[r + 1]!; p < end; p++) out[indices[p]!]! += data[p]! * gr;
      }
      return out;
    }
    for (let r = 0; r < rows; r++) {
      const gr = r * k;
      for (let p = indptr[r]!, end = indptr[r + 1]!; p < end; p++) {
        const x = data[p]!;
        const oc = indices[p]! * k;
        for (let j = 0; j < k; j++) out[oc + j]! += x * g[gr + j]!;
      }
    }
    return out;
  }

  /**
   * The transpose as a CSR matrix (the CSC form of this one), built by a counting sort in O(nnz).
   * Rows of the result list their entries in ascending column order.
   */
  transpose(): CsrMatrix {
    const { rows, cols, indptr, indices, data } = this;
    const counts = new Int32Array(cols + 1);
    for (let p = 0; p < indices.length; p++) counts[indices[p]! + 1]!++;
    for (let c = 0; c < cols; c++) counts[c + 1]! += counts[c]!;
    const tIndptr = Int32Array.from(counts);
    const tIndices = new Int32Array(indices.length);
    const tData = new Float64Array(indices.length);
    for (let r = 0; r < rows; r++) {
      for (let p = indptr[r]!, end = indptr[r + 1]!; p < end; p++) {
        const q = counts[indices[p]!]!++;
        tIndices[q] = r;
        tData[q] = data[p]!;
      }
    }
    return new CsrMatrix(cols, rows, tIndptr, tIndices, tData);
  }

  /** The same values as a dense row-major matrix (duplicates summed). */
  toDense(): DenseMatrix {
    const dense = new DenseMatrix(this.rows, this.cols);
    for (let r = 0; r < this.rows; r++) {
      for (let p = this.indptr[r]!; p < this.indptr[r + 1]!; p++) {
        dense.data[r * this.cols + this.indices[p]!]! += this.data[p]!;
      }
    }
    return dense;
  }

  /** A CSR copy of a dense matrix, storing only its non-zero cells. */
  static fromDense(dense: DenseMatrix): CsrMatrix {
    const { rows, cols, data } = dense;
    let nnz = 0;
    for (let i = 0; i < data.length; i++) if (data[i] !== 0) nnz++;
    const indptr = new Int32Array(rows + 1);
    const indices = new Int32Array(nnz);
    const values = new Float64Array(nnz);
    let p = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const x = data[r * cols + c]!;
        if (x !== 0) {
          indices[p] = c;
          values[p++] = x;
        }
      }
      indptr[r + 1] = p;
    }
    return new CsrMatrix(rows, cols, indptr, indices, values);
  }
}
