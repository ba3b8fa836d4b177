import { describe, expect, it } from 'vitest';
import { cramerVonMisesStatistic } from './cramer-von-mises-statistic.js';

const A = Float64Array.of(0.61, -1.2, 0.35, 2.2, -0.4, 0.9, 1.75, -0.05, 0.48, -2.1, 1.3).sort();
const B = Float64Array.of(1.1, 0.2, 2.9, 1.85, 0.75, 2.4, -0.3, 1.6).sort();
const T1 = Float64Array.of(1, 2, 2, 3, 3, 3, 4, 5);
const T2 = Float64Array.of(2, 3, 3, 4, 4, 5, 5, 6, 7);

// scipy.stats.cramervonmises_2samp (SciPy 1.17.1).
describe('cramerVonMisesStatistic', () => {
  it('is exact for small samples, as SciPy’s auto', () => {
    const result = cramerVonMisesStatistic.compute({ reference: A, current: B });
    expect(result.statistic).toBeCloseTo(0.25657894736842124, 15);
    expect(result.pValue).toBeCloseTo(0.19582704876822524, 15);
    expect(result.details).toEqual({ method: 'exact' });
    const ties = cramerVonMisesStatistic.compute({ reference: T1, current: T2 });
    expect(ties.statistic).toBeCloseTo(0.3521241830065356, 15);
    expect(ties.pValue).toBeCloseTo(0.10575894693541753, 15);
  });

  it('gives the asymptotic p-value on request, and falls back from exact beyond 25 values', () => {
    expect(
      cramerVonMisesStatistic.compute({ reference: A, current: B }, { method: 'asymptotic' }).pValue,
    ).toBeCloseTo(0.18777540055312025, 14);
    const big = Float64Array.from({ length: 26 }, (_, i) => i);
    const result = cramerVonMisesStatistic.compute({ reference: big, current: A }, { method: 'exact' });
    expect(result.details).toMatchObject({ method: 'asymptotic', fallback: expect.stringMatching(/25/) });
  });

  it('needs two values per side', () => {
    const result = cramerVonMisesStatistic.compute({ reference: Float64Array.of(1), current: B });
    expect(result.statistic).toBeNaN();
    expect(result.details).toMatchObject({ reason: 'insufficient data', minimum: 2 });
  });
});
