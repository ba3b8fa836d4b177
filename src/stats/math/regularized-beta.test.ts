import { describe, expect, it } from 'vitest';
import { regularizedBeta } from './regularized-beta.js';

// scipy.special.betainc (SciPy 1.17.1).
describe('regularizedBeta', () => {
  it.each([
    [2, 3, 0.4, 0.5247999999999999],
    [0.5, 0.5, 0.9, 0.7951672353008665],
    [1e5, 0.5, 0.99999, 0.15729868816242573],
    [50, 60, 0.45, 0.4642352914306031],
    [745, 0.5, 0.96, 6.303579351057141e-15],
  ])('I(%d, %d; %d)', (a, b, x, expected) => {
    expect(Math.abs(regularizedBeta(a, b, x) - expected)).toBeLessThanOrEqual(1e-12 * expected);
  });

  it('takes the complement 1 − x from the caller and handles the ends', () => {
    expect(regularizedBeta(2, 3, 0.4, 0.6)).toBeCloseTo(0.5248, 14);
    expect(regularizedBeta(2, 3, 0)).toBe(0);
    expect(regularizedBeta(2, 3, 1)).toBe(1);
    expect(regularizedBeta(-1, 3, 0.5)).toBeNaN();
  });
});
