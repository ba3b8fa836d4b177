import { describe, expect, it } from 'vitest';
import { totalVariationStatistic } from './total-variation-statistic.js';

const input = (categories: string[], reference: number[], current: number[]) => ({
  categories,
  referenceCounts: Float64Array.from(reference),
  currentCounts: Float64Array.from(current),
});

describe('totalVariationStatistic', () => {
  it('is half the L1 distance between the shares', () => {
    expect(
      totalVariationStatistic.compute(input(['c', 'e', 'p', 'w'], [0, 500, 200, 300], [200, 300, 200, 300]))
        .statistic,
    ).toBeCloseTo(0.2, 15);
    expect(totalVariationStatistic.compute(input(['a', 'b'], [1, 0], [0, 1])).statistic).toBe(1);
  });

  it('reports an empty side as insufficient data', () => {
    expect(totalVariationStatistic.compute(input(['a'], [1], [0])).details?.reason).toBe('insufficient data');
  });
});
