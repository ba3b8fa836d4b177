import { describe, expect, it } from 'vitest';
import type { Frame } from '../core/frame.js';
import { MISSING_BOOLEAN, MISSING_CODE } from '../core/frame.js';
import { frameRecords } from './frame-records.js';

describe('frameRecords', () => {
  it('turns every column type into JSON values, missing cells into null', () => {
    const frame: Frame = {
      rowCount: 2,
      columns: [
        { name: 'n', type: 'numeric', values: Float64Array.from([1.5, Number.NaN]) },
        { name: 'c', type: 'categorical', codes: Int32Array.from([1, MISSING_CODE]), dictionary: ['a', 'b'] },
        { name: 't', type: 'text', values: ['hello', null] },
        { name: 'd', type: 'datetime', values: Float64Array.from([Date.UTC(2026, 0, 2, 3), Number.NaN]) },
        { name: 'b', type: 'boolean', values: Uint8Array.from([1, MISSING_BOOLEAN]) },
      ],
    };
    expect(frameRecords(frame)).toEqual([
      { n: 1.5, c: 'b', t: 'hello', d: '2026-01-02T03:00:00.000Z', b: true },
      { n: null, c: null, t: null, d: null, b: null },
    ]);
  });
});
