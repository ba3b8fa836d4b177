import { SextantError } from '../core/sextant-error.js';

/**
 * A dense matrix of float64 values in one row-major `Float64Array`: cell (r, c) is `data[r * cols + c]`.
 * Tabular features (numeric, one-hot of a few categories, datetime parts) come out dense, and trainers
 * read them with the same two products as a {@link CsrMatrix}, so a linear model never asks which.
 *
 * @example const x = new DenseMatrix(2, 3, Float64Array.of(1, 2, 3, 4, 5, 6)); x.get(1, 0) // 4
 */
export class DenseMatrix {
  readonly kind = 'dense' as const;
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;

  constructor(rows: number, cols: number, data?: Float64Array) {
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `dense matrix shape must be non-negative integers, got ${rows} × ${cols}`,
      );
    }
    if (data !== undefined && data.length !== rows * cols) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `dense matrix ${rows} × ${cols} needs ${rows * cols} values, got ${data.length}`,
      );
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data ?? new Float64Array(rows * cols);
  }

  /** The value at row r, column c. */
  get(r: number, c: number): number {
    return this.data[r * this.cols + c]!;
  }

  /** Row r as a view (no copy). */
  row(r: number): Float64Array {
    return this.data.subarray(r * this.cols, (r + 1) * this.cols);
  }

  /**
   * out (rows × k) = this · w, where w holds a cols × k row-major block in its first cols·k entries
   * (extra entries, such as intercepts a trainer keeps after the weights, are ignored).
   */
  multiply(w: Float64Array, k: number, out: Float64Array): Float64Array {
    const { rows, cols, data } = this;
    out.fill(0, 0, rows * k);
    for (let r = 0; r < rows; r++) {
      const base = r * cols;
      const o = r * k;
      for (let c = 0; c < cols; c++) {
        const x = data[base + c]!;
        if (x === 0) continue;
        const wc = c * k;
        for (let j = 0; j < k; j++) out[o + j]! += x * w[wc + j]!;
      }
    }
    return out;
  }

  /** out (cols × k, first cols·k entries) = thisᵀ · g, where g is rows × k row-major. */
  transposeMultiply(g: Float64Array, k: number, out: Float64Array): Float64Array {
    const { rows, cols, data } = this;
    out.fill(0, 0, cols * k);
    for (let r = 0; r < rows; r++) {
      const base = r * cols;
      const gr = r * k;
      for (let c = 0; c < cols; c++) {
        const x = data[base + c]!;
        if (x === 0) continue;
        const oc = c * k;
        for (let j = 0; j < k; j++) out[oc + j]! += x * g[gr + j]!;
      }
    }
    return out;
  }
}
