import { describe, expect, it } from 'vitest';
import { logGamma } from './log-gamma.js';

// scipy.special.gammaln (SciPy 1.17.1).
describe('logGamma', () => {
  it.each([
    [0.5, 0.5723649429247],
    [1.5, -0.12078223763524526],
    [3.7, 1.428072326665388],
    [9.99, 12.779315214350195],
    [10, 12.801827480081469],
    [25.5, 56.38916764371994],
    [1e3, 5905.220423209181],
    [1e6, 12815504.569147611],
  ])('ln Γ(%d)', (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThanOrEqual(3e-15 * Math.max(1, Math.abs(expected)));
  });

  it('is exactly 0 at 1 and 2, and ln(n−1)! at integers', () => {
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 14);
  });

  it('is NaN outside x > 0 and infinite at infinity', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
    expect(logGamma(Number.NaN)).toBeNaN();
    expect(logGamma(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
