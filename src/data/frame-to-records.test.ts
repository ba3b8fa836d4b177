import { describe, expect, it } from 'vitest';
import { MISSING_BOOLEAN, MISSING_CODE } from '../core/frame.js';
import { frameToRecords } from './frame-to-records.js';

describe('frameToRecords', () => {
  it('gives one record per row with labels, ISO instants, booleans and null for every missing value', () => {
    const records = frameToRecords({
      rowCount: 2,
      columns: [
        { name: 'n', type: 'numeric', values: Float64Array.of(1.5, Number.NaN) },
        { name: 'c', type: 'categorical', codes: Int32Array.of(1, MISSING_CODE), dictionary: ['a', 'b'] },
        { name: 't', type: 'text', values: ['hello, world', null] },
        { name: 'd', type: 'datetime', values: Float64Array.of(Date.UTC(2024, 0, 2), Number.NaN) },
        { name: 'b', type: 'boolean', values: Uint8Array.of(1, MISSING_BOOLEAN) },
      ],
    });
    expect(records).toEqual([
      { n: 1.5, c: 'b', t: 'hello, world', d: '2024-01-02T00:00:00.000Z', b: true },
      { n: null, c: null, t: null, d: null, b: null },
    ]);
  });
});
