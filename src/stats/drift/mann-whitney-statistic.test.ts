import { describe, expect, it } from 'vitest';
import { mannWhitneyStatistic } from './mann-whitney-statistic.js';

const A = Float64Array.of(0.61, -1.2, 0.35, 2.2, -0.4, 0.9, 1.75, -0.05, 0.48, -2.1, 1.3).sort();
const B = Float64Array.of(1.1, 0.2, 2.9, 1.85, 0.75, 2.4, -0.3, 1.6).sort();
const T1 = Float64Array.of(1, 2, 2, 3, 3, 3, 4, 5);
const T2 = Float64Array.of(2, 3, 3, 4, 4, 5, 5, 6, 7);

// scipy.stats.mannwhitneyu (SciPy 1.17.1).
describe('mannWhitneyStatistic', () => {
  it('is exact for a sample of at most 8 without ties, reporting U of the reference', () => {
    const result = mannWhitneyStatistic.compute({ reference: A, current: B });
    expect(result.statistic).toBe(25);
    expect(result.pValue).toBeCloseTo(0.1288402000476304, 15);
    expect(result.details).toEqual({ method: 'exact' });
    expect(
      mannWhitneyStatistic.compute({ reference: A, current: B }, { method: 'asymptotic' }).pValue,
    ).toBeCloseTo(0.12661505579296953, 15);
  });

  it('uses the tie-corrected normal approximation when values are tied', () => {
    const result = mannWhitneyStatistic.compute({ reference: T1, current: T2 });
    expect(result.statistic).toBe(17);
    expect(result.pValue).toBeCloseTo(0.06935045438181722, 15);
    expect(result.details?.method).toBe('asymptotic');
  });

  it('gives p = 1 when every value is tied, and insufficient data for an empty side', () => {
    const tied = Float64Array.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    expect(mannWhitneyStatistic.compute({ reference: tied, current: tied })).toMatchObject({
      statistic: 50,
      pValue: 1,
    });
    expect(mannWhitneyStatistic.compute({ reference: tied, current: new Float64Array(0) }).pValue).toBeNaN();
  });

  it('falls back from a forced exact p-value when the distribution is too costly', () => {
    const big = Float64Array.from({ length: 2000 }, (_, i) => i);
    const result = mannWhitneyStatistic.compute(
      { reference: big, current: big.map((v) => v + 0.5) },
      { method: 'exact' },
    );
    expect(result.details).toMatchObject({ method: 'asymptotic', fallback: expect.any(String) });
  });
});
