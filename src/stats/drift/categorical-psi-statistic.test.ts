import { describe, expect, it } from 'vitest';
import { categoricalPsiStatistic } from './categorical-psi-statistic.js';

const input = (categories: string[], reference: number[], current: number[]) => ({
  categories,
  referenceCounts: Float64Array.from(reference),
  currentCounts: Float64Array.from(current),
});

describe('categoricalPsiStatistic', () => {
  it('sums (current − reference) ln(current / reference) over categories, shares clipped at 1e-6', () => {
    const result = categoricalPsiStatistic.compute(
      input(['chat', 'email', 'phone', 'web'], [0, 500, 200, 300], [200, 300, 200, 300]),
    );
    expect(result.statistic).toBeCloseTo(2.5433674477865877, 14);
    expect(result.details).toMatchObject({
      referenceShares: { chat: 1e-6, email: 0.5, phone: 0.2, web: 0.3 },
      newCategories: ['chat'],
    });
  });

  it('is 0 for equal distributions, with the seeds’ FAIL threshold, and NaN for an empty side', () => {
    expect(categoricalPsiStatistic.compute(input(['a', 'b'], [10, 30], [1, 3])).statistic).toBe(0);
    expect(categoricalPsiStatistic.failThreshold).toBe(0.25);
    expect(categoricalPsiStatistic.compute(input(['a', 'b'], [10, 30], [0, 0])).statistic).toBeNaN();
  });
});
