import { describe, expect, it } from 'vitest';
import { psiStatistic } from './psi-statistic.js';

const A = Float64Array.of(0.61, -1.2, 0.35, 2.2, -0.4, 0.9, 1.75, -0.05, 0.48, -2.1, 1.3).sort();
const B = Float64Array.of(1.1, 0.2, 2.9, 1.85, 0.75, 2.4, -0.3, 1.6).sort();
const T1 = Float64Array.of(1, 2, 2, 3, 3, 3, 4, 5);
const T2 = Float64Array.of(2, 3, 3, 4, 4, 5, 5, 6, 7);

// The seeds' PSI function run with NumPy 2.4 on the same data.
describe('psiStatistic', () => {
  it('follows the seeds: quantile edges, out-of-range values dropped, shares clipped at 1e-6', () => {
    const result = psiStatistic.compute({ reference: A, current: B }, { buckets: 4 });
    expect(result.statistic).toBeCloseTo(0.24354120033202242, 14);
    expect(result.details).toMatchObject({
      edges: [-2.1, -0.22500000000000003, 0.48, 1.1, 2.2],
      currentShares: [1 / 6, 1 / 6, 1 / 6, 0.5],
      currentBelowRange: 0,
      currentAboveRange: 2,
    });
  });

  it('merges repeated quantiles of tied data (np.unique) and reports drift and fail thresholds', () => {
    const result = psiStatistic.compute({ reference: T1, current: T2 });
    expect(result.statistic).toBeCloseTo(1.8169536342228092, 14);
    expect(result.details?.edges).toEqual([
      1, 1.7000000000000002, 2, 2.1000000000000005, 2.8000000000000003, 3, 3.6000000000000005, 4.3, 5,
    ]);
    expect([psiStatistic.defaultThreshold, psiStatistic.failThreshold]).toEqual([0.1, 0.25]);
  });

  it('gives a constant reference one closed bucket instead of none', () => {
    const reference = Float64Array.of(7, 7, 7);
    expect(psiStatistic.compute({ reference, current: Float64Array.of(7, 7) }).statistic).toBe(0);
    const moved = psiStatistic.compute({ reference, current: Float64Array.of(8, 9) });
    expect(moved.statistic).toBeCloseTo((1e-6 - 1) * Math.log(1e-6), 10);
    expect(moved.details).toMatchObject({ edges: [7, 7], currentAboveRange: 2 });
  });

  it('reports an empty side as insufficient data and validates buckets', () => {
    expect(psiStatistic.compute({ reference: new Float64Array(0), current: B }).details?.reason).toBe(
      'insufficient data',
    );
    expect(() => psiStatistic.compute({ reference: A, current: B }, { buckets: 0 })).toThrow(/buckets=0/);
  });
});
