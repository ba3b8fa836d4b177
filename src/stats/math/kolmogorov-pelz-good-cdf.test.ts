import { describe, expect, it } from 'vitest';
import { kolmogorovPelzGoodCdf } from './kolmogorov-pelz-good-cdf.js';

// scipy.stats._ksstats._kolmogn_PelzGood (SciPy 1.17.1).
describe('kolmogorovPelzGoodCdf', () => {
  it.each([
    [667, 0.016833333333333332, 0.009985123419545308],
    [200000, 0.002, 0.600049146309619],
    [2000000, 0.0005, 0.30082288980551064],
  ])('P(D ≤ x; n = %d, x = %d)', (n, x, expected) => {
    expect(Math.abs(kolmogorovPelzGoodCdf(n, x) - expected)).toBeLessThanOrEqual(1e-13);
  });

  it('is 0 and 1 at the ends', () => {
    expect(kolmogorovPelzGoodCdf(100, 0)).toBe(0);
    expect(kolmogorovPelzGoodCdf(100, 1)).toBe(1);
    expect(kolmogorovPelzGoodCdf(1e6, 1e-6)).toBe(0);
  });
});
