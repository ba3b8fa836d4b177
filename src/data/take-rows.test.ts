import { describe, expect, it } from 'vitest';
import type { Frame } from '../core/frame.js';
import { takeRows } from './take-rows.js';

describe('takeRows', () => {
  it('gathers the given rows of every column type, in order', () => {
    const frame: Frame = {
      rowCount: 3,
      columns: [
        { name: 'n', type: 'numeric', values: Float64Array.from([1, Number.NaN, 3]) },
        { name: 'c', type: 'categorical', codes: Int32Array.from([0, 1, -1]), dictionary: ['a', 'b'] },
        { name: 't', type: 'text', values: ['x', null, 'z'] },
        { name: 'b', type: 'boolean', values: Uint8Array.from([1, 0, 255]) },
        { name: 'd', type: 'datetime', values: Float64Array.from([10, 20, 30]) },
      ],
    };
    const taken = takeRows(frame, Uint32Array.from([2, 0]));
    expect(taken.rowCount).toBe(2);
    expect(taken.columns).toEqual([
      { name: 'n', type: 'numeric', values: Float64Array.from([3, 1]) },
      { name: 'c', type: 'categorical', codes: Int32Array.from([-1, 0]), dictionary: ['a', 'b'] },
      { name: 't', type: 'text', values: ['z', 'x'] },
      { name: 'b', type: 'boolean', values: Uint8Array.from([255, 1]) },
      { name: 'd', type: 'datetime', values: Float64Array.from([30, 10]) },
    ]);
  });
});
