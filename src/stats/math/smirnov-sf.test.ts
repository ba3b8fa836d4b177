import { describe, expect, it } from 'vitest';
import { smirnovSf } from './smirnov-sf.js';

// scipy.special.smirnov (SciPy 1.17.1): each branch, including n = 1e6 (exact sum) and 2e6 (asymptotic).
describe('smirnovSf', () => {
  it.each([
    [10, 0.3, 0.1354635556],
    [373, 0.085, 0.004287327958355896],
    [360, 0.1478, 1.250076616105536e-7],
    [1364, 0.3, 1.1458737387531564e-109],
    [100000, 0.005, 0.006715412488899804],
    [26, 0.6, 8.8056453053838e-10],
    [5, 0.1, 0.85359],
    [999999, 0.001, 0.13524536025542422],
    [2000000, 0.001, 0.018303432023617325],
    [20, 0.96, 1.0995116277760194e-28],
    [1, 0.3, 0.7],
  ])('P(D⁺ ≥ %d; n = %d)', (n, x, expected) => {
    expect(Math.abs(smirnovSf(n, x) - expected)).toBeLessThanOrEqual(1e-11 * expected);
  });

  it('handles the ends and underflows to 0 far in the tail', () => {
    expect(smirnovSf(10, 0)).toBe(1);
    expect(smirnovSf(10, 1)).toBe(0);
    expect(smirnovSf(1364, 0.5264)).toBe(0);
    expect(smirnovSf(10, 1.5)).toBeNaN();
    expect(smirnovSf(2.5, 0.3)).toBeNaN();
  });
});
