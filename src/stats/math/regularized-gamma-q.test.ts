import { describe, expect, it } from 'vitest';
import { regularizedGammaQ } from './regularized-gamma-q.js';

// scipy.special.gammaincc (SciPy 1.17.1).
describe('regularizedGammaQ', () => {
  it.each([
    [0.5, 0.1, 0.6547208460185768],
    [0.5, 25.6, 8.341862847891269e-13],
    [3, 2.5, 0.5438131158833297],
    [100, 90, 0.84177901081357],
    [100, 120, 0.027863739890520652],
    [2.5, 1e-3, 0.9999999904914654],
  ])('Q(%d, %d)', (a, x, expected) => {
    expect(Math.abs(regularizedGammaQ(a, x) - expected)).toBeLessThanOrEqual(1e-13 * expected);
  });

  it('is e^−x for a = 1 and handles the ends', () => {
    expect(regularizedGammaQ(1, 2)).toBeCloseTo(Math.exp(-2), 15);
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaQ(2, Number.POSITIVE_INFINITY)).toBe(0);
    expect(regularizedGammaQ(0, 1)).toBeNaN();
    expect(regularizedGammaQ(1, -1)).toBeNaN();
  });
});
