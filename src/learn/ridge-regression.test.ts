import { describe, expect, it } from 'vitest';
import { CsrMatrix } from './csr-matrix.js';
import { DenseMatrix } from './dense-matrix.js';
import { readLearnVectors } from './fixtures/learn-vectors.case.js';
import { RidgeRegression } from './ridge-regression.js';

const { X, y, ridge, ols } = readLearnVectors().ridge;
const x = new DenseMatrix(X.length, X[0]!.length, Float64Array.from(X.flat()));

function expectFit(
  model: RidgeRegression,
  reference: { coef: number[]; intercept: number },
  tolerance: number,
): void {
  model.weights.forEach((w, j) => {
    expect(Math.abs(w - reference.coef[j]!)).toBeLessThan(tolerance);
  });
  expect(Math.abs(model.intercept - reference.intercept)).toBeLessThan(tolerance);
}

describe('RidgeRegression against scikit-learn 1.2.1', () => {
  it('matches Ridge(alpha=1) by Cholesky, on dense and CSR input', () => {
    expectFit(RidgeRegression.fit(x, y), ridge, 1e-10);
    expectFit(RidgeRegression.fit(CsrMatrix.fromDense(x), y), ridge, 1e-9);
  });

  it('matches Ridge(alpha=1) by CGLS, the wide-sparse solver', () => {
    expectFit(RidgeRegression.fit(CsrMatrix.fromDense(x), y, { solver: 'cg' }), ridge, 1e-8);
  });

  it('matches LinearRegression with alpha 0', () => {
    expectFit(RidgeRegression.fit(x, y, { alpha: 0 }), ols, 1e-9);
    expectFit(RidgeRegression.fit(x, y, { alpha: 0, solver: 'cg' }), ols, 1e-7);
  });

  it('falls back to the minimum-norm solution on collinear columns without a penalty', () => {
    // Two identical columns: least squares splits the weight evenly (as numpy lstsq does).
    const twin = new DenseMatrix(4, 2, Float64Array.of(1, 1, 2, 2, 3, 3, 4, 4));
    const model = RidgeRegression.fit(twin, [3, 5, 7, 9], { alpha: 0 });
    expect(model.weights[0]).toBeCloseTo(1, 8);
    expect(model.weights[1]).toBeCloseTo(1, 8);
    expect(model.intercept).toBeCloseTo(1, 8);
  });

  it('round-trips through JSON and predicts', () => {
    const model = RidgeRegression.fit(x, y);
    const loaded = RidgeRegression.fromJSON(JSON.parse(JSON.stringify(model)));
    expect(loaded.predict(x)).toEqual(model.predict(x));
    expect(() => RidgeRegression.fit(x, y.slice(1))).toThrowError(/targets/);
  });
});
