import { describe, expect, it } from 'vitest';
import { zProportionsStatistic } from './z-proportions-statistic.js';

const input = (categories: string[], reference: number[], current: number[]) => ({
  categories,
  referenceCounts: Float64Array.from(reference),
  currentCounts: Float64Array.from(current),
});

describe('zProportionsStatistic', () => {
  it('tests the first category’s share, pooled, two-sided; positive when the reference has more of it', () => {
    const result = zProportionsStatistic.compute(input(['premium', 'standard'], [400, 600], [250, 750]));
    expect(result.statistic).toBeCloseTo(7.161148740394331, 13);
    expect(result.pValue).toBeCloseTo(8.000378447994502e-13, 24);
    expect(result.details).toMatchObject({ category: 'premium', referenceShare: 0.4, currentShare: 0.25 });
  });

  it('gives no drift when one label fills both sides, as Evidently', () => {
    expect(zProportionsStatistic.compute(input(['yes', 'no'], [0, 30], [0, 12]))).toMatchObject({
      statistic: 0,
      pValue: 1,
    });
    expect(zProportionsStatistic.compute(input(['yes'], [30], [12]))).toMatchObject({
      statistic: 0,
      pValue: 1,
    });
  });

  it('rejects more than two categories and reports an empty side as insufficient data', () => {
    expect(() => zProportionsStatistic.compute(input(['a', 'b', 'c'], [1, 2, 3], [1, 2, 3]))).toThrow(
      /binary.*chisquare/,
    );
    expect(zProportionsStatistic.compute(input(['a', 'b'], [1, 2], [0, 0])).details?.reason).toBe(
      'insufficient data',
    );
  });
});
