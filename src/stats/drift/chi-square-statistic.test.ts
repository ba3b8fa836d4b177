import { describe, expect, it } from 'vitest';
import { chiSquareStatistic } from './chi-square-statistic.js';

const input = (categories: string[], reference: number[], current: number[]) => ({
  categories,
  referenceCounts: Float64Array.from(reference),
  currentCounts: Float64Array.from(current),
});

describe('chiSquareStatistic', () => {
  it('is scipy.stats.chisquare(current, reference shares × current total) (SciPy 1.17.1)', () => {
    const result = chiSquareStatistic.compute(
      input(['a', 'b', 'c', 'd'], [100, 200, 300, 400], [52, 98, 151, 199]),
    );
    expect(result.statistic).toBeCloseTo(0.13166666666666665, 15);
    expect(result.pValue).toBeCloseTo(0.9877836182781902, 15);
    expect(result.details).toMatchObject({
      degreesOfFreedom: 3,
      expected: { a: 50, b: 100, c: 150, d: 200 },
    });
  });

  it('clips a share absent from the reference to 1e-6 and renormalises, so a new category is drift', () => {
    const result = chiSquareStatistic.compute(
      input(['chat', 'email', 'phone', 'web'], [0, 500, 200, 300], [200, 300, 200, 300]),
    );
    // Expected chat count 1000 × 1e-6 / 1.000001; the vector's 39999720.000680014 comes from exactly this.
    expect(result.statistic).toBeCloseTo(39999720.000680014, 6);
    expect(result.pValue).toBe(0);
    expect(result.details).toMatchObject({ newCategories: ['chat'], vanishedCategories: [] });
  });

  it('leaves out categories empty on both sides, and has nothing to test with one category', () => {
    const withEmpty = chiSquareStatistic.compute(
      input(['a', 'b', 'c', 'd', 'x'], [100, 200, 300, 400, 0], [52, 98, 151, 199, 0]),
    );
    expect(withEmpty.details?.degreesOfFreedom).toBe(3);
    expect(withEmpty.pValue).toBeCloseTo(0.9877836182781902, 15);
    expect(chiSquareStatistic.compute(input(['a', 'b'], [10, 0], [7, 0]))).toMatchObject({
      statistic: 0,
      pValue: 1,
    });
  });

  it('reports an empty side as insufficient data, still listing category changes', () => {
    const result = chiSquareStatistic.compute(input(['a', 'b'], [0, 0], [3, 4]));
    expect(result.pValue).toBeNaN();
    expect(result.details).toMatchObject({ reason: 'insufficient data', newCategories: ['a', 'b'] });
  });
});
