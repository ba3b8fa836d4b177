import { describe, expect, it } from 'vitest';
import { cramerVonMisesLimitCdf } from './cramer-von-mises-limit-cdf.js';

// The same truncated series as SciPy's _cdf_cvm_inf, evaluated with mpmath at 40 digits: SciPy's own
// values are within 2.5e-15 of these, ours within 6e-16 (SciPy's kv(0.25, q) costs it the difference).
describe('cramerVonMisesLimitCdf', () => {
  it.each([
    [0.003, 1.2748440417041972e-18],
    [0.05, 0.12371906895865102],
    [0.461, 0.9498928727982431],
    [1, 0.997539547819866],
    [5.285818571435716, 0.9999999998571154],
  ])('F(%d)', (x, expected) => {
    expect(Math.abs(cramerVonMisesLimitCdf(x) - expected)).toBeLessThanOrEqual(
      6e-16 * Math.max(1e-3, expected),
    );
  });

  it('gives the p-value 1 − F of the integers_with_ties vector to two roundings of 1.0', () => {
    // Exact value of the truncated series: 1.428845409497479e-10 (mpmath); SciPy 1.10.1 says 1.4288626e-10.
    expect(Math.abs(1 - cramerVonMisesLimitCdf(5.285818571435716) - 1.428845409497479e-10)).toBeLessThan(
      2.3e-16,
    );
  });

  it('is 0 at and below 0', () => {
    expect(cramerVonMisesLimitCdf(0)).toBe(0);
  });
});
