import { describe, expect, it } from 'vitest';
import { welchTStatistic } from './welch-t-statistic.js';

const A = Float64Array.of(0.61, -1.2, 0.35, 2.2, -0.4, 0.9, 1.75, -0.05, 0.48, -2.1, 1.3).sort();
const B = Float64Array.of(1.1, 0.2, 2.9, 1.85, 0.75, 2.4, -0.3, 1.6).sort();

describe('welchTStatistic', () => {
  it('is scipy.stats.ttest_ind(reference, current, equal_var=False) (SciPy 1.17.1)', () => {
    const result = welchTStatistic.compute({ reference: A, current: B });
    expect(result.statistic).toBeCloseTo(-1.784772658263832, 14);
    expect(result.pValue).toBeCloseTo(0.09282241228879878, 14);
  });

  it('treats constant samples: equal means no drift, different means ±∞ and p = 0', () => {
    const ones = Float64Array.of(1, 1, 1);
    expect(welchTStatistic.compute({ reference: ones, current: ones })).toMatchObject({
      statistic: 0,
      pValue: 1,
    });
    expect(welchTStatistic.compute({ reference: ones, current: Float64Array.of(2, 2) })).toMatchObject({
      statistic: Number.NEGATIVE_INFINITY,
      pValue: 0,
    });
  });

  it('needs two values per side', () => {
    expect(welchTStatistic.compute({ reference: A, current: Float64Array.of(3) }).details).toMatchObject({
      reason: 'insufficient data',
      minimum: 2,
    });
  });
});
