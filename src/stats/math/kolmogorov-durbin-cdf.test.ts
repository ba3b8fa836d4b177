import { describe, expect, it } from 'vitest';
import { kolmogorovDurbinCdf } from './kolmogorov-durbin-cdf.js';

// scipy.stats._ksstats._kolmogn_DMTW (SciPy 1.17.1).
describe('kolmogorovDurbinCdf', () => {
  it.each([
    [10, 0.15, 0.04603473],
    [50, 0.1, 0.3376887295341814],
    [140, 0.06, 0.3280907751137362],
    [1000, 0.03, 0.6773097535866905],
    // The largest matrices the selection in kolmogorovSf uses (n x^1.5 ≤ 1.4): 101 × 101 and 37 × 37.
    [100000, 0.0005, 8.09325953175999e-21],
    [20000, 0.0009, 6.422555425422896e-32],
  ])('P(D < x; n = %d, x = %d)', (n, x, expected) => {
    // n!/nⁿ costs about n ulps either way (SciPy multiplies n ratios, we take Stirling's logarithm).
    const tolerance = n <= 1000 ? 1e-12 : 1e-10;
    expect(Math.abs(kolmogorovDurbinCdf(n, x) - expected)).toBeLessThanOrEqual(tolerance * expected);
  });

  it('is 0 below 1/(2n) and 1 from x = 1', () => {
    expect(kolmogorovDurbinCdf(10, 0.04)).toBe(0);
    expect(kolmogorovDurbinCdf(10, 1)).toBe(1);
  });
});
