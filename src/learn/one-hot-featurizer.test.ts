import { describe, expect, it } from 'vitest';
import type { CategoricalColumn } from '../core/frame.js';
import { OneHotFeaturizer } from './one-hot-featurizer.js';

const labels = (values: (string | null)[]): CategoricalColumn => {
  const dictionary = [...new Set(values.filter((v): v is string => v !== null))];
  return {
    name: 'tier',
    type: 'categorical',
    codes: Int32Array.from(values, (v) => (v === null ? -1 : dictionary.indexOf(v))),
    dictionary,
  };
};

describe('OneHotFeaturizer', () => {
  const training = labels(['gold', 'free', 'free', 'gold', 'pro', null, 'free', 'gold']);

  it('orders categories by code point, buckets rare ones, adds a missing column, zeros unknowns', () => {
    const fitted = OneHotFeaturizer.fit(training, { minFrequency: 2 });
    expect(fitted.featureNames).toEqual(['tier=free', 'tier=gold', 'tier=__rare__', 'tier=__missing__']);
    const out = fitted.transform(labels(['pro', 'gold', 'platinum', null])).toDense();
    expect(Array.from(out.data)).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('keeps every category with minFrequency 1 and takes a fraction of rows', () => {
    expect(OneHotFeaturizer.fit(training, { minFrequency: 1 }).categories).toEqual(['free', 'gold', 'pro']);
    expect(OneHotFeaturizer.fit(training, { minFrequency: 0.3 }).categories).toEqual(['free', 'gold']);
    expect(() => OneHotFeaturizer.fit(training, { minFrequency: 2.5 })).toThrowError(/minFrequency/);
  });

  it('encodes booleans and text columns as labels', () => {
    const flags = OneHotFeaturizer.fit(
      { name: 'vip', type: 'boolean', values: Uint8Array.of(1, 0, 1) },
      { minFrequency: 1 },
    );
    expect(flags.featureNames).toEqual(['vip=false', 'vip=true']);
    const text = OneHotFeaturizer.fit(
      { name: 'src', type: 'text', values: ['web', 'email', null] },
      { minFrequency: 1 },
    );
    expect(Array.from(text.transform({ name: 'src', type: 'text', values: ['email'] }).indices)).toEqual([0]);
  });

  it('round-trips through JSON', () => {
    const fitted = OneHotFeaturizer.fit(training, { minFrequency: 2 });
    const loaded = OneHotFeaturizer.fromJSON(JSON.parse(JSON.stringify(fitted.toJSON())));
    expect(loaded.transform(training)).toEqual(fitted.transform(training));
    expect(() => OneHotFeaturizer.fromJSON({ ...fitted.toJSON(), rareCategories: ['gold'] })).toThrowError(
      /repeat/,
    );
  });
});
