import { describe, expect, it } from 'vitest';
import { logFactorialOverPower } from './log-factorial-over-power.js';

describe('logFactorialOverPower', () => {
  it('multiplies out small n', () => {
    expect(logFactorialOverPower(1)).toBe(0);
    expect(Math.exp(logFactorialOverPower(3))).toBeCloseTo(6 / 27, 15);
  });

  it('matches ln n! − n ln n from log-gammas (scipy.special.gammaln) for large n', () => {
    // gammaln(101) = 363.73937555556347, gammaln(1e6 + 1) = 12815518.384658169.
    expect(logFactorialOverPower(100)).toBeCloseTo(363.73937555556347 - 100 * Math.log(100), 11);
    expect(logFactorialOverPower(1e6)).toBeCloseTo(12815518.384658169 - 1e6 * Math.log(1e6), 7);
  });
});
