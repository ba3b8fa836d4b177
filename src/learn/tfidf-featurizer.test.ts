import { describe, expect, it } from 'vitest';
import type { TextColumn } from '../core/frame.js';
import type { CsrMatrix } from './csr-matrix.js';
import { readLearnVectors } from './fixtures/learn-vectors.case.js';
import { TfidfFeaturizer, type TfidfOptions } from './tfidf-featurizer.js';

const { corpus, new_docs: newDocs, cases } = readLearnVectors().tfidf;
const text = (values: (string | null)[]): TextColumn => ({ name: 'body', type: 'text', values });

/** The matrix as sorted [row, col, value] triplets, scipy's COO view of the fixture. */
function triplets(m: CsrMatrix): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let r = 0; r < m.rows; r++)
    for (let p = m.indptr[r]!; p < m.indptr[r + 1]!; p++) out.push([r, m.indices[p]!, m.data[p]!]);
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function expectSameMatrix(actual: CsrMatrix, expected: [number, number, number][]): void {
  const got = triplets(actual);
  expect(got.map(([r, c]) => [r, c])).toEqual(expected.map(([r, c]) => [r, c]));
  got.forEach(([, , v], i) => {
    expect(Math.abs(v - expected[i]![2])).toBeLessThan(1e-12);
  });
}

describe('TfidfFeaturizer against scikit-learn 1.2.1 TfidfVectorizer', () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: vocabulary, idf, training and unseen rows',
    (_, reference) => {
      const options = reference.options as TfidfOptions;
      const { featurizer, features } = TfidfFeaturizer.fitTransform(text(corpus), options);
      expect(featurizer.vocabulary).toEqual(reference.vocabulary);
      featurizer.idf.forEach((v, i) => {
        expect(Math.abs(v - reference.idf[i]!)).toBeLessThan(1e-12);
      });
      expectSameMatrix(features, reference.train);
      expect(triplets(featurizer.transform(text(corpus)))).toEqual(triplets(features));
      expectSameMatrix(featurizer.transform(text(newDocs)), reference.new);
    },
  );

  it('round-trips through JSON with identical output', () => {
    const fitted = TfidfFeaturizer.fit(text(corpus), { ngramRange: [1, 2], sublinearTf: true });
    const loaded = TfidfFeaturizer.fromJSON(JSON.parse(JSON.stringify(fitted.toJSON())));
    expect(triplets(loaded.transform(text(newDocs)))).toEqual(triplets(fitted.transform(text(newDocs))));
    expect(loaded.featureNames[0]).toBe('body:2024');
  });

  it('keeps alphabetically first terms at a max_features frequency tie, and allows an empty vocabulary', () => {
    const fitted = TfidfFeaturizer.fit(text(['bb aa cc', 'cc dd']), { maxFeatures: 2 });
    expect(fitted.vocabulary).toEqual(['aa', 'cc']);
    const empty = TfidfFeaturizer.fit(text(['a b', null]));
    expect(empty.vocabulary).toEqual([]);
    expect(empty.transform(text(['zz top'])).cols).toBe(0);
  });

  it('refuses inconsistent limits and tampered state', () => {
    expect(() => TfidfFeaturizer.fit(text(corpus), { minDf: 5, maxDf: 2 })).toThrowError(/fewer documents/);
    expect(() => TfidfFeaturizer.fit(text(corpus), { ngramRange: [2, 1] })).toThrowError(/ngramRange/);
    const state = { ...TfidfFeaturizer.fit(text(corpus)).toJSON(), vocabulary: ['x'] };
    expect(() => TfidfFeaturizer.fromJSON(state)).toThrowError(/idf must hold 1 values/);
  });
});
