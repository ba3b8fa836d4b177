import { describe, expect, it } from 'vitest';
import type { NumericColumn } from '../core/frame.js';
import { NumericFeaturizer } from './numeric-featurizer.js';

const numeric = (values: number[]): NumericColumn => ({
  name: 'age',
  type: 'numeric',
  values: Float64Array.from(values),
});

describe('NumericFeaturizer', () => {
  it('imputes the median, standardizes by mean and population std, flags missing values', () => {
    // Imputed column: 1, 2, 2, 3 (the NaN becomes the median 2): mean 2, std sqrt(0.5).
    const fitted = NumericFeaturizer.fit(numeric([1, Number.NaN, 2, 3]));
    expect(fitted.median).toBe(2);
    expect(fitted.mean).toBe(2);
    expect(fitted.scale).toBeCloseTo(Math.SQRT1_2, 15);
    expect(fitted.featureNames).toEqual(['age', 'age__missing']);
    const out = fitted.transform(numeric([3, Number.NaN, Number.POSITIVE_INFINITY]));
    expect(Array.from(out.data)).toEqual(
      [Math.SQRT2, 0, 0, 1, 0, 1].map((v, i) => (i % 2 === 0 && v !== 0 ? 1 / Math.SQRT1_2 : v)),
    );
  });

  it('adds no indicator when training had no missing value, and scales a constant column by 1', () => {
    const fitted = NumericFeaturizer.fit(numeric([5, 5, 5]));
    expect(fitted.featureNames).toEqual(['age']);
    expect(Array.from(fitted.transform(numeric([6, Number.NaN])).data)).toEqual([1, 0]);
  });

  it('reads booleans and numeric labels of other column types, and can skip standardization', () => {
    const fitted = NumericFeaturizer.fit(
      { name: 'flag', type: 'boolean', values: Uint8Array.of(1, 0, 255) },
      { standardize: false },
    );
    expect(
      Array.from(fitted.transform({ name: 'flag', type: 'boolean', values: Uint8Array.of(1, 255) }).data),
    ).toEqual([1, 0, 0.5, 1]);
    const labels = NumericFeaturizer.fit({
      name: 'n',
      type: 'categorical',
      codes: Int32Array.of(0, 1, -1),
      dictionary: ['1', '3'],
    });
    expect(labels.median).toBe(2);
  });

  it('round-trips through JSON and refuses a bad scale', () => {
    const fitted = NumericFeaturizer.fit(numeric([1, 2, Number.NaN]));
    const loaded = NumericFeaturizer.fromJSON(JSON.parse(JSON.stringify(fitted.toJSON())));
    expect(loaded.transform(numeric([7])).data).toEqual(fitted.transform(numeric([7])).data);
    expect(() => NumericFeaturizer.fromJSON({ ...fitted.toJSON(), scale: 0 })).toThrowError(/scale/);
  });

  it('passes values through for trees with impute off, infinities as missing, and saves that choice', () => {
    const fitted = NumericFeaturizer.fit(numeric([1, 2, Number.NaN, 10]), {
      impute: false,
      standardize: false,
      missingIndicator: false,
    });
    const input = numeric([5, Number.NaN, Number.POSITIVE_INFINITY]);
    expect(Array.from(fitted.transform(input).data)).toEqual([5, Number.NaN, Number.NaN]);
    const loaded = NumericFeaturizer.fromJSON(JSON.parse(JSON.stringify(fitted.toJSON())));
    expect(Array.from(loaded.transform(input).data)).toEqual([5, Number.NaN, Number.NaN]);
    const imputing = NumericFeaturizer.fit(numeric([1, 2, Number.NaN]));
    expect(imputing.toJSON()).not.toHaveProperty('impute');
  });
});
