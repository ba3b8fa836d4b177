import { describe, expect, it } from 'vitest';
import { wassersteinStatistic } from './wasserstein-statistic.js';

describe('wassersteinStatistic', () => {
  it('is scipy.stats.wasserstein_distance (SciPy 1.17.1), in the column’s units', () => {
    const reference = Float64Array.of(1, 2, 2, 3, 3, 3, 4, 5);
    const current = Float64Array.of(2, 3, 3, 4, 4, 5, 5, 6, 7);
    expect(wassersteinStatistic.compute({ reference, current }).statistic).toBeCloseTo(
      1.4583333333333335,
      15,
    );
    expect(
      wassersteinStatistic.compute({ reference, current: reference.map((v) => v + 10) }).statistic,
    ).toBeCloseTo(10, 14);
  });

  it('reports an empty side as insufficient data and takes no options', () => {
    expect(
      wassersteinStatistic.compute({ reference: Float64Array.of(1), current: new Float64Array(0) }).statistic,
    ).toBeNaN();
    expect(() =>
      wassersteinStatistic.compute({ reference: Float64Array.of(1), current: Float64Array.of(2) }, { p: 2 }),
    ).toThrow(/takes no options/);
  });
});
