import { describe, expect, it } from 'vitest';
import { catchSextantError } from '../../test-support/catch-sextant-error.js';
import { decodeTypedArray } from './decode-typed-array.js';
import { encodeTypedArray } from './encode-typed-array.js';

describe('encodeTypedArray / decodeTypedArray', () => {
  it('round-trips every bit, views at an offset included', () => {
    const doubles = Float64Array.of(0.1, -0, Number.POSITIVE_INFINITY, 5e-324, Number.NaN);
    expect(Object.is(decodeTypedArray(encodeTypedArray(doubles), Float64Array, 5, 'f')[1], -0)).toBe(true);
    expect([...decodeTypedArray(encodeTypedArray(doubles), Float64Array, 5, 'f')]).toEqual([...doubles]);
    const ints = Int32Array.of(-1, 2, 2 ** 31 - 1).subarray(1);
    expect([...decodeTypedArray(encodeTypedArray(ints), Int32Array, 2, 'i')]).toEqual([2, 2 ** 31 - 1]);
  });

  it('writes little-endian bytes', () => {
    expect(encodeTypedArray(Int32Array.of(1))).toBe(Buffer.from([1, 0, 0, 0]).toString('base64'));
  });

  it.each([
    ['not text', 42],
    ['not base64', 'a$b'],
    ['the wrong length', encodeTypedArray(Float64Array.of(1, 2))],
  ])('rejects %s, naming the field', async (_, text) => {
    const error = await catchSextantError(
      (async () => decodeTypedArray(text, Float64Array, 3, 'trees[0].value'))(),
    );
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.details).toEqual({ field: 'trees[0].value' });
  });
});
