import { describe, expect, it } from 'vitest';
import { ksTwoSampleExactSf } from './ks-two-sample-exact-sf.js';

// scipy.stats.ks_2samp(method='exact') (SciPy 1.17.1) for samples of these sizes with this D.
describe('ksTwoSampleExactSf', () => {
  it.each([
    [60, 45, 0.34444444444444444, 0.003410068392223314],
    [800, 700, 0.09410714285714286, 0.0024884526674188432],
    [900, 600, 0.19722222222222222, 1.0597775680118408e-12],
    [10, 10, 0.7, 0.012340600575894691],
    [5, 7, 0.8, 0.030303030303030304],
    [1, 3, 1, 0.5],
    [100, 100, 0.19, 0.05390207893129876],
    [10000, 10000, 0.0291, 0.00041980308599243296],
    [9999, 10000, 0.013621042104210421, 0.30855245781914353],
    [3, 1000, 0.5706666666666667, 0.191541319976374],
    [17, 31, 0.45161290322580644, 0.0147554117781497],
  ])('n₁ = %d, n₂ = %d, D = %d', (n1, n2, d, expected) => {
    const result = ksTwoSampleExactSf(n1, n2, d);
    expect(Math.abs(result.pValue - expected)).toBeLessThanOrEqual(1e-12 * expected);
    expect(result.statistic).toBe(d);
  });

  it('computes p-values far below 1e-300 directly (SciPy: 1.186e-321 for 3000 vs 2500, D = 0.5418666…)', () => {
    const { pValue } = ksTwoSampleExactSf(3000, 2500, 0.5418666666666667);
    expect(pValue).toBeGreaterThan(1.1e-321);
    expect(pValue).toBeLessThan(1.3e-321);
  });

  it('rounds D onto its lattice and gives 1 for D = 0', () => {
    expect(ksTwoSampleExactSf(60, 45, 0.21666666666666667 + 1e-15).statistic).toBe(13 / 60);
    expect(ksTwoSampleExactSf(60, 45, 0)).toEqual({ pValue: 1, statistic: 0 });
  });
});
