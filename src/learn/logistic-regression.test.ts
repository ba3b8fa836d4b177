import { describe, expect, it } from 'vitest';
import { CsrMatrix } from './csr-matrix.js';
import { DenseMatrix } from './dense-matrix.js';
import { type LogisticCase, readLearnVectors } from './fixtures/learn-vectors.case.js';
import { LogisticRegression } from './logistic-regression.js';
import { TfidfFeaturizer } from './tfidf-featurizer.js';

const vectors = readLearnVectors().logistic;

const dense = (rows: number[][]) =>
  new DenseMatrix(rows.length, rows[0]!.length, Float64Array.from(rows.flat()));
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  expect(a.length).toBe(b.length);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
};
/** Our weights as scikit-learn's coef_ (classes × features), from our features × k layout. */
const coefRows = (model: LogisticRegression) => {
  const k = model.intercepts.length;
  return Array.from({ length: k }, (_, j) =>
    Array.from({ length: model.featureCount }, (_, f) => model.weights[f * k + j]!),
  );
};

function expectMatches(model: LogisticRegression, x: DenseMatrix | CsrMatrix, reference: LogisticCase): void {
  // Against the exact optimum of the same objective, our solver is tight...
  expect(maxDiff(coefRows(model).flat(), reference.optimum_coef.flat())).toBeLessThan(1e-6);
  expect(maxDiff(model.intercepts, reference.optimum_intercept)).toBeLessThan(1e-6);
  // ...and scikit-learn itself stops within ~5e-5 of it (scipy's relative-decrease rule).
  expect(maxDiff(coefRows(model).flat(), reference.coef.flat())).toBeLessThan(1e-4);
  expect(maxDiff(model.intercepts, reference.intercept)).toBeLessThan(1e-4);
  expect(maxDiff(model.predictProba(x), reference.proba.flat())).toBeLessThan(1e-4);
}

const tight = { tol: 1e-10, ftol: 0, maxIter: 1000 };

describe('LogisticRegression against scikit-learn 1.2.1 (lbfgs, C=1)', () => {
  it('fits a binary model on dense and on CSR features alike', () => {
    const ref = vectors.binary;
    const x = dense(ref.X!);
    const model = LogisticRegression.fit(x, ref.y, tight);
    expectMatches(model, x, ref);
    const sparse = LogisticRegression.fit(CsrMatrix.fromDense(x), ref.y, tight);
    expect(maxDiff(sparse.weights, model.weights)).toBeLessThan(1e-9);
  });

  it('weighs classes with class_weight="balanced"', () => {
    const ref = vectors.balanced;
    const x = dense(ref.X!);
    expectMatches(LogisticRegression.fit(x, ref.y, { ...tight, classWeight: 'balanced' }), x, ref);
  });

  it('fits a multinomial (softmax) model for three classes', () => {
    const ref = vectors.multinomial;
    const x = dense(ref.X!);
    const model = LogisticRegression.fit(x, ref.y, tight);
    expect(model.classCount).toBe(3);
    expectMatches(model, x, ref);
    expect(Array.from(model.predict(x).slice(0, 5))).toEqual(
      ref.proba.slice(0, 5).map((row) => row.indexOf(Math.max(...row))),
    );
  });

  it('fits TF-IDF text features (sparse) column for column with scikit-learn', () => {
    const ref = vectors.text;
    const { featurizer, features } = TfidfFeaturizer.fitTransform(
      { name: 'text', type: 'text', values: ref.texts! },
      { ngramRange: [1, 2], sublinearTf: true },
    );
    expect(featurizer.vocabulary).toEqual(ref.vocabulary);
    expectMatches(LogisticRegression.fit(features, ref.y, tight), features, ref);
  });

  it('converges with default tolerances to within 1e-3 of the optimum', () => {
    const ref = vectors.binary;
    const model = LogisticRegression.fit(dense(ref.X!), ref.y);
    expect(model.training?.converged).toBe(true);
    expect(maxDiff(coefRows(model).flat(), ref.optimum_coef.flat())).toBeLessThan(1e-3);
  });

  it('round-trips through JSON with identical predictions', () => {
    const ref = vectors.multinomial;
    const x = dense(ref.X!);
    const model = LogisticRegression.fit(x, ref.y);
    const loaded = LogisticRegression.fromJSON(JSON.parse(JSON.stringify(model)));
    expect(loaded.predictProba(x)).toEqual(model.predictProba(x));
  });

  it('rejects a single class, a label that is not an index, and malformed JSON', () => {
    const x = new DenseMatrix(2, 1, Float64Array.of(1, 2));
    expect(() => LogisticRegression.fit(x, [0, 0])).toThrowError(/at least two classes/);
    expect(() => LogisticRegression.fit(x, [0, 1.5])).toThrowError(/not a class index/);
    expect(() =>
      LogisticRegression.fromJSON({
        type: 'logistic-regression',
        classCount: 2,
        featureCount: 3,
        weights: 'AAAA',
        intercepts: '',
      }),
    ).toThrowError(/not a multiple of 8/);
  });
});
