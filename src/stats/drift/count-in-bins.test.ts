import { describe, expect, it } from 'vitest';
import { countInBins } from './count-in-bins.js';

describe('countInBins', () => {
  it('counts like np.histogram: half-open bins, the last closed, outside values left out', () => {
    const result = countInBins(Float64Array.of(0, 1, 1, 1.5, 2, 3, 5), Float64Array.of(1, 2, 3));
    expect(Array.from(result.counts)).toEqual([3, 2]);
    expect(result.below).toBe(1);
    expect(result.above).toBe(1);
  });

  it('makes one closed bin of two equal edges', () => {
    const result = countInBins(Float64Array.of(1, 2, 2, 2, 3), Float64Array.of(2, 2));
    expect(Array.from(result.counts)).toEqual([3]);
    expect([result.below, result.above]).toEqual([1, 1]);
  });
});
