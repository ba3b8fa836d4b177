import { describe, expect, it } from 'vitest';
import { normalSf } from './normal-sf.js';

// scipy.stats.norm.sf (SciPy 1.17.1).
describe('normalSf', () => {
  it.each([
    [-3, 0.9986501019683699],
    [-0.5, 0.6914624612740131],
    [0, 0.5],
    [0.3, 0.3820885778110474],
    [1.96, 0.024997895148220435],
    [5, 2.866515718791933e-7],
    [10, 7.61985302416047e-24],
    [30, 4.906713927147908e-198],
  ])('P(Z > %d)', (z, expected) => {
    expect(Math.abs(normalSf(z) - expected)).toBeLessThanOrEqual(1e-13 * expected);
  });

  it('reaches 0 and 1 at the infinities and keeps NaN', () => {
    expect(normalSf(Number.POSITIVE_INFINITY)).toBe(0);
    expect(normalSf(Number.NEGATIVE_INFINITY)).toBe(1);
    expect(normalSf(Number.NaN)).toBeNaN();
  });
});
