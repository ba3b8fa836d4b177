import { describe, expect, it } from 'vitest';
import { cdfDistance } from './cdf-distance.js';

const T1 = Float64Array.of(1, 2, 2, 3, 3, 3, 4, 5);
const T2 = Float64Array.of(2, 3, 3, 4, 4, 5, 5, 6, 7);

describe('cdfDistance', () => {
  it('is scipy.stats.wasserstein_distance for p = 1 and gives energy_distance² / 2 for p = 2 (SciPy 1.17.1)', () => {
    expect(cdfDistance(T1, T2, 1)).toBeCloseTo(1.4583333333333335, 15);
    expect(Math.sqrt(2 * cdfDistance(T1, T2, 2))).toBeCloseTo(0.9193982868575205, 15);
  });

  it('is 0 for identical samples and NaN for an empty side', () => {
    expect(cdfDistance(T1, T1, 1)).toBe(0);
    expect(cdfDistance(T1, new Float64Array(0), 1)).toBeNaN();
  });
});
