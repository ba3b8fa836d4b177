import { describe, expect, it } from 'vitest';
import { binFeatures } from './bin-features.js';

describe('binFeatures', () => {
  const edges = [Float64Array.of(0, 1, 2), Float64Array.of()];

  it('bins column-major: a value goes to the first bin whose upper edge is >= it', () => {
    const x = Float64Array.of(-5, 7, 0, 7, 0.5, 7, 2, 7, 2.5, 7);
    const bins = binFeatures(x, 2, Uint32Array.of(0, 1, 2, 3, 4), edges, new Uint8Array(10));
    expect([...bins.subarray(0, 5)]).toEqual([0, 0, 1, 2, 3]);
    expect([...bins.subarray(5)]).toEqual([0, 0, 0, 0, 0]);
  });

  it('sends NaN to the missing bin and infinities to the end bins', () => {
    const x = Float64Array.of(Number.NaN, 0, Number.POSITIVE_INFINITY, 0, Number.NEGATIVE_INFINITY, 0);
    const bins = binFeatures(x, 2, Uint32Array.of(0, 1, 2), edges, new Uint8Array(6));
    expect([...bins.subarray(0, 3)]).toEqual([255, 3, 0]);
  });

  it('bins only the given rows, in their order, into the given memory', () => {
    const x = Float64Array.of(3, 0, 1, 0, -1, 0);
    const out = new Uint8Array(new SharedArrayBuffer(4));
    const bins = binFeatures(x, 2, Uint32Array.of(2, 0), edges, out);
    expect(bins).toBe(out);
    expect([...bins.subarray(0, 2)]).toEqual([0, 3]);
  });

  it('agrees with a linear scan on many edges', () => {
    const many = Float64Array.from({ length: 254 }, (_, i) => i * 0.5);
    const x = Float64Array.from({ length: 2000 }, (_, i) => (i - 100) * 0.07);
    const bins = binFeatures(
      x,
      1,
      Uint32Array.from({ length: 2000 }, (_, i) => i),
      [many],
      new Uint8Array(2000),
    );
    for (let i = 0; i < x.length; i++) {
      let expected = 0;
      while (expected < many.length && many[expected]! < x[i]!) expected++;
      expect(bins[i]).toBe(expected);
    }
  });
});
