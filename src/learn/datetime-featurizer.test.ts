import { describe, expect, it } from 'vitest';
import type { DatetimeColumn } from '../core/frame.js';
import { DatetimeFeaturizer } from './datetime-featurizer.js';

const instants = (values: (string | null)[]): DatetimeColumn => ({
  name: 'created',
  type: 'datetime',
  values: Float64Array.from(values, (v) => (v === null ? Number.NaN : Date.parse(v))),
});

describe('DatetimeFeaturizer', () => {
  it('extracts UTC year, month, weekday (Monday 0) and hour, then standardizes each', () => {
    const column = instants(['2024-01-01T00:00:00Z', '2024-07-06T12:00:00Z', null]);
    const fitted = DatetimeFeaturizer.fit(column);
    expect(fitted.featureNames).toEqual([
      'created__year',
      'created__month',
      'created__dayofweek',
      'created__hour',
      'created__missing',
    ]);
    const state = fitted.toJSON();
    // Monday 2024-01-01 is weekday 0 and Saturday 2024-07-06 weekday 5: median 2.5 imputed for the missing row.
    expect(state.parts.map((p) => p.median)).toEqual([2024, 4, 2.5, 6]);
    const row = Array.from(fitted.transform(instants(['2024-01-01T00:00:00Z'])).data);
    expect(row[0]).toBe(0);
    expect(row[4]).toBe(0);
    expect(row[1]).toBeLessThan(0);
  });

  it('parses ISO 8601 text and round-trips through JSON', () => {
    const fitted = DatetimeFeaturizer.fit({
      name: 'created',
      type: 'text',
      values: ['2023-03-05T10:00:00Z', '2023-03-06T11:00:00Z'],
    });
    expect(fitted.featureNames).toHaveLength(4);
    const loaded = DatetimeFeaturizer.fromJSON(JSON.parse(JSON.stringify(fitted.toJSON())));
    const probe = instants(['2025-12-31T23:59:00Z']);
    expect(loaded.transform(probe)).toEqual(fitted.transform(probe));
    expect(() =>
      DatetimeFeaturizer.fit({ name: 'n', type: 'numeric', values: Float64Array.of(1) }),
    ).toThrowError(/datetime/);
  });
});
