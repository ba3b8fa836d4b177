import { describe, expect, it } from 'vitest';
import { CsrMatrix } from './csr-matrix.js';
import { DenseMatrix } from './dense-matrix.js';

// [[1, 0, 2], [0, 0, 0], [0, 3, 4]]
const dense = new DenseMatrix(3, 3, Float64Array.of(1, 0, 2, 0, 0, 0, 0, 3, 4));
const csr = CsrMatrix.fromDense(dense);

describe('CsrMatrix and DenseMatrix', () => {
  it('store only non-zeros and convert both ways', () => {
    expect(Array.from(csr.indptr)).toEqual([0, 2, 2, 4]);
    expect(Array.from(csr.indices)).toEqual([0, 2, 1, 2]);
    expect(csr.nnz).toBe(4);
    expect(csr.get(2, 1)).toBe(3);
    expect(csr.get(1, 1)).toBe(0);
    expect(csr.toDense()).toEqual(dense);
    expect(dense.get(2, 2)).toBe(4);
    expect(Array.from(dense.row(0))).toEqual([1, 0, 2]);
  });

  it('multiply by a block of k columns and by the transpose, identically in both layouts', () => {
    const w = Float64Array.of(1, 10, 2, 20, 3, 30, 99); // 3 × 2 block, then an ignored trailing entry
    expect(Array.from(csr.multiply(w, 2, new Float64Array(6)))).toEqual([7, 70, 0, 0, 18, 180]);
    expect(dense.multiply(w, 2, new Float64Array(6))).toEqual(csr.multiply(w, 2, new Float64Array(6)));
    const g = Float64Array.of(1, 2, 3);
    expect(Array.from(csr.transposeMultiply(g, 1, new Float64Array(3)))).toEqual([1, 9, 14]);
    expect(dense.transposeMultiply(g, 1, new Float64Array(3))).toEqual(
      csr.transposeMultiply(g, 1, new Float64Array(3)),
    );
    expect(csr.transpose().multiply(g, 1, new Float64Array(3))).toEqual(
      csr.transposeMultiply(g, 1, new Float64Array(3)),
    );
    const g2 = Float64Array.of(1, -1, 2, -2, 3, -3);
    expect(csr.transpose().multiply(g2, 2, new Float64Array(6))).toEqual(
      dense.transposeMultiply(g2, 2, new Float64Array(6)),
    );
  });

  it('refuses malformed structure', () => {
    expect(() => new CsrMatrix(2, 2, Int32Array.of(0, 1), Int32Array.of(0), Float64Array.of(1))).toThrowError(
      /indptr/,
    );
    expect(() => new CsrMatrix(1, 2, Int32Array.of(0, 1), Int32Array.of(5), Float64Array.of(1))).toThrowError(
      /out of range/,
    );
    expect(() => new DenseMatrix(2, 2, new Float64Array(3))).toThrowError(/needs 4 values/);
  });
});
