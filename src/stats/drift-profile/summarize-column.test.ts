import { describe, expect, it } from 'vitest';
import { MISSING_BOOLEAN, MISSING_CODE } from '../../core/frame.js';
import { summarizeColumn } from './summarize-column.js';

describe('summarizeColumn', () => {
  it('keeps finite numbers and counts missing values and infinities', () => {
    const values = Float64Array.of(
      1,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -2,
      Number.NEGATIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    );
    const profile = summarizeColumn({ name: 'x', type: 'numeric', values });
    expect(profile).toMatchObject({
      kind: 'numeric',
      rows: 6,
      missing: 1,
      positiveInfinity: 1,
      negativeInfinity: 2,
      count: 2,
      sorted: false,
    });
    expect(profile.kind === 'numeric' && Array.from(profile.values)).toEqual([1, -2]);
  });

  it('copies numbers even when all are finite', () => {
    const values = Float64Array.of(3, 1);
    const profile = summarizeColumn({ name: 'when', type: 'datetime', values });
    expect(profile.kind === 'numeric' && profile.values).not.toBe(values);
    expect(profile.type).toBe('datetime');
  });

  it('counts labels, missing codes and booleans', () => {
    const labels = summarizeColumn({
      name: 'c',
      type: 'categorical',
      codes: Int32Array.of(0, 1, 0, MISSING_CODE, 2),
      dictionary: ['a', 'b', 'c'],
    });
    expect(labels.kind === 'categorical' && Object.fromEntries(labels.counts)).toEqual({ a: 2, b: 1, c: 1 });
    expect(labels.missing).toBe(1);
    const flags = summarizeColumn({
      name: 'f',
      type: 'boolean',
      values: Uint8Array.of(1, 1, MISSING_BOOLEAN, 1),
    });
    expect(flags.kind === 'categorical' && [...flags.counts]).toEqual([['true', 3]]);
    expect(flags).toMatchObject({ kind: 'categorical', rows: 4, missing: 1 });
  });

  it('counts words of text', () => {
    const text = summarizeColumn({ name: 't', type: 'text', values: ['a b', null] });
    expect(text).toMatchObject({ kind: 'text', rows: 2, missing: 1, documents: 1, tokens: 2 });
  });
});
