import { describe, expect, it } from 'vitest';
import { sortFloat64 } from './sort-float64.js';

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const expectSortedLike = (values: Float64Array) => {
  const expected = Float64Array.from(values).sort();
  const sorted = sortFloat64(Float64Array.from(values));
  expect(Array.from(sorted, (x) => (Object.is(x, -0) ? '-0' : x))).toEqual(
    Array.from(expected, (x) => (Object.is(x, -0) ? '-0' : x)),
  );
};

describe('sortFloat64', () => {
  it('sorts like Float64Array.prototype.sort on mixed signs, magnitudes, ties and zeros', () => {
    const next = random(7);
    const values = Float64Array.from({ length: 50_000 }, (_, i) => {
      const r = next();
      if (i % 97 === 0) return -0;
      if (i % 89 === 0) return 0;
      if (i % 13 === 0) return Math.round(r * 10) - 5;
      return (r - 0.45) * 10 ** Math.floor(next() * 40 - 20);
    });
    expectSortedLike(values);
  });

  it('sorts all-negative, all-positive, constant, extreme and subnormal values', () => {
    const next = random(3);
    expectSortedLike(Float64Array.from({ length: 10_000 }, () => -next() * 1e6));
    expectSortedLike(Float64Array.from({ length: 10_000 }, () => next() * 1e-300));
    expectSortedLike(new Float64Array(10_000).fill(4.5));
    expectSortedLike(
      Float64Array.from(
        { length: 10_000 },
        (_, i) => (i % 2 ? Number.MAX_VALUE : -Number.MIN_VALUE) * next(),
      ),
    );
    expectSortedLike(Float64Array.from({ length: 10_000 }, (_, i) => (i % 3 ? -Infinity : Infinity)));
  });

  it('sorts short arrays in place and returns the same array', () => {
    const values = Float64Array.of(3, -1, 2);
    expect(sortFloat64(values)).toBe(values);
    expect(Array.from(values)).toEqual([-1, 2, 3]);
    const long = Float64Array.from({ length: 5000 }, (_, i) => 5000 - i);
    expect(sortFloat64(long)).toBe(long);
    expect(long[0]).toBe(1);
    expect(sortFloat64(new Float64Array(0)).length).toBe(0);
  });
});
