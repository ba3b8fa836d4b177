import { describe, expect, it } from 'vitest';
import type { Frame } from '../core/frame.js';
import { isSextantError } from '../core/sextant-error.js';
import { signatureFromFrame } from './model-signature.js';

const frame: Frame = {
  rowCount: 3,
  columns: [
    { name: 'amount', type: 'numeric', values: Float64Array.from([2, Number.NaN, Number.POSITIVE_INFINITY]) },
    {
      name: 'tier',
      type: 'categorical',
      codes: Int32Array.from([1, 1, 0]),
      dictionary: ['gold', 'basic', 'unused'],
    },
    { name: 'note', type: 'text', values: ['a', null, 'c'] },
    { name: 'flag', type: 'boolean', values: Uint8Array.from([1, 0, 1]) },
    { name: 'at', type: 'datetime', values: Float64Array.from([10, 30, 20]) },
  ],
};

describe('signatureFromFrame', () => {
  it('records type, optionality, categories seen and the finite range', () => {
    const output = { target: 'y', task: 'binary' as const, classes: ['0', '1'] };
    const signature = signatureFromFrame(frame, ['amount', 'tier', 'note', 'flag', 'at'], output);
    expect(signature).toEqual({
      inputs: [
        { name: 'amount', type: 'numeric', required: false, range: { min: 2, max: 2 } },
        { name: 'tier', type: 'categorical', required: true, categories: ['gold', 'basic'] },
        { name: 'note', type: 'text', required: false },
        { name: 'flag', type: 'boolean', required: true },
        { name: 'at', type: 'datetime', required: true, range: { min: 10, max: 30 } },
      ],
      output,
    });
  });

  it('names a feature that is not in the frame', () => {
    expect(() => signatureFromFrame(frame, ['nope'], { target: 'y', task: 'regression' })).toThrow(
      expect.toSatisfy((e: unknown) => isSextantError(e, 'COLUMN_MISSING')),
    );
  });
});
