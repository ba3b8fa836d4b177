import { describe, expect, it } from 'vitest';
import { categoricalJensenShannonStatistic } from './categorical-jensen-shannon-statistic.js';

const input = (categories: string[], reference: number[], current: number[]) => ({
  categories,
  referenceCounts: Float64Array.from(reference),
  currentCounts: Float64Array.from(current),
});

describe('categoricalJensenShannonStatistic', () => {
  it('is scipy.spatial.distance.jensenshannon of the counts, in nats or bits', () => {
    const data = input(['premium', 'standard'], [250, 750], [400, 600]);
    expect(categoricalJensenShannonStatistic.compute(data).statistic).toBeCloseTo(0.11361171846241162, 15);
    expect(categoricalJensenShannonStatistic.compute(data, { base: 2 }).statistic).toBeCloseTo(
      0.13646158094593983,
      15,
    );
  });

  it('lists vanished categories, is NaN for an empty side, and rejects base 1', () => {
    const result = categoricalJensenShannonStatistic.compute(input(['a', 'b'], [5, 5], [10, 0]));
    expect(result.details).toEqual({ newCategories: [], vanishedCategories: ['b'] });
    expect(categoricalJensenShannonStatistic.compute(input(['a'], [0], [1])).statistic).toBeNaN();
    expect(() => categoricalJensenShannonStatistic.compute(input(['a'], [1], [1]), { base: 1 })).toThrow(
      /base=1/,
    );
  });
});
