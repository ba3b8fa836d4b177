import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../core/seeded-random.js';
import { medianOf } from './median-of.js';

/** The definition: sort the finite values, take the middle (mean of the two middles for an even count). */
function sortedMedian(values: Float64Array): number {
  const finite = Float64Array.from(values.filter((v) => Number.isFinite(v))).sort();
  if (finite.length === 0) return Number.NaN;
  const mid = finite.length >> 1;
  return finite.length % 2 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}

describe('medianOf', () => {
  it('equals the sorted median on random, tied, sorted and reversed inputs of odd and even length', () => {
    const rng = new SeededRandom(8);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + rng.int(200);
      const ties = rng.next() < 0.5;
      let values = Float64Array.from({ length: n }, () => (ties ? rng.int(5) : rng.normal()));
      if (trial % 3 === 1) values = values.sort();
      if (trial % 3 === 2) values = values.sort().reverse();
      expect(medianOf(values), `trial ${trial}`).toBe(sortedMedian(values));
    }
  });

  it('skips NaN and infinities, and is NaN without a finite value', () => {
    expect(medianOf(Float64Array.from([Number.NaN, 3, Number.POSITIVE_INFINITY, 1, -Number.NaN, 2]))).toBe(2);
    expect(medianOf(Float64Array.from([4, Number.NEGATIVE_INFINITY, 1]))).toBe(2.5);
    expect(medianOf(Float64Array.from([Number.NaN]))).toBeNaN();
    expect(medianOf(new Float64Array(0))).toBeNaN();
  });

  it('does not reorder its input', () => {
    const values = Float64Array.from([5, 1, 4, 2, 3]);
    medianOf(values);
    expect([...values]).toEqual([5, 1, 4, 2, 3]);
  });
});
