import { describe, expect, it } from 'vitest';
import { categoricalHellingerStatistic } from './categorical-hellinger-statistic.js';

const input = (categories: string[], reference: number[], current: number[]) => ({
  categories,
  referenceCounts: Float64Array.from(reference),
  currentCounts: Float64Array.from(current),
});

describe('categoricalHellingerStatistic', () => {
  it('is the Hellinger distance between the shares', () => {
    expect(
      categoricalHellingerStatistic.compute(input(['p', 's'], [250, 750], [400, 600])).statistic,
    ).toBeCloseTo(0.11380615419750002, 15);
    expect(categoricalHellingerStatistic.compute(input(['a', 'b'], [3, 0], [0, 5])).statistic).toBeCloseTo(
      1,
      15,
    );
  });

  it('reports an empty side as insufficient data', () => {
    expect(categoricalHellingerStatistic.compute(input(['a'], [0], [2])).statistic).toBeNaN();
  });
});
