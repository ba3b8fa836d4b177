import { describe, expect, it } from 'vitest';
import { chiSquareSf } from './chi-square-sf.js';

// scipy.stats.chi2.sf (SciPy 1.17.1).
describe('chiSquareSf', () => {
  it.each([
    [120, 1, 6.326068263677272e-28],
    [0.13166666666666665, 3, 0.9877836182781902],
    [5000, 4000, 1.6633156038804178e-25],
    [3.84, 1, 0.05004352124870519],
    [10, 7.5, 0.22542343151583277],
  ])('P(X > %d; k = %d)', (x, k, expected) => {
    expect(Math.abs(chiSquareSf(x, k) - expected)).toBeLessThanOrEqual(1e-11 * expected);
  });

  it('is 1 at and below 0, 0 far out, NaN without degrees of freedom', () => {
    expect(chiSquareSf(0, 3)).toBe(1);
    expect(chiSquareSf(-1, 3)).toBe(1);
    expect(chiSquareSf(39999720, 3)).toBe(0);
    expect(chiSquareSf(1, 0)).toBeNaN();
  });
});
