import { describe, expect, it } from 'vitest';
import { ksStatistic } from './ks-statistic.js';

const A = Float64Array.of(0.61, -1.2, 0.35, 2.2, -0.4, 0.9, 1.75, -0.05, 0.48, -2.1, 1.3).sort();
const B = Float64Array.of(1.1, 0.2, 2.9, 1.85, 0.75, 2.4, -0.3, 1.6).sort();
const T1 = Float64Array.of(1, 2, 2, 3, 3, 3, 4, 5);
const T2 = Float64Array.of(2, 3, 3, 4, 4, 5, 5, 6, 7);

// scipy.stats.ks_2samp (SciPy 1.17.1).
describe('ksStatistic', () => {
  it('matches SciPy exact and asymptotic p-values, with ties', () => {
    const auto = ksStatistic.compute({ reference: A, current: B });
    expect(auto.statistic).toBeCloseTo(0.38636363636363635, 15);
    expect(auto.pValue).toBeCloseTo(0.3827895530681908, 14);
    expect(auto.details).toEqual({ method: 'exact' });
    expect(ksStatistic.compute({ reference: A, current: B }, { method: 'asymptotic' }).pValue).toBeCloseTo(
      0.3471175196055908,
      14,
    );
    const ties = ksStatistic.compute({ reference: T1, current: T2 });
    expect(ties.statistic).toBeCloseTo(0.4166666666666667, 15);
    expect(ties.pValue).toBeCloseTo(0.35170711641299884, 14);
  });

  it('goes asymptotic above 10 000 values per side under auto, as SciPy', () => {
    const reference = Float64Array.from({ length: 10_001 }, (_, i) => i);
    const current = Float64Array.from({ length: 50 }, (_, i) => i * 200 + 0.5);
    expect(ksStatistic.compute({ reference, current }).details).toEqual({ method: 'asymptotic' });
  });

  it('falls back from a forced exact p-value SciPy cannot afford either (lcm beyond 32 bits)', () => {
    const reference = Float64Array.from({ length: 70_001 }, (_, i) => i);
    const current = Float64Array.from({ length: 69_997 }, (_, i) => i + 0.5);
    const result = ksStatistic.compute({ reference, current }, { method: 'exact' });
    expect(result.details?.method).toBe('asymptotic');
    expect(result.details?.fallback).toMatch(/lcm/);
  });

  it('gives D = 0 and p = 1 for identical and all-tied samples', () => {
    const same = Float64Array.of(4, 4, 4);
    expect(ksStatistic.compute({ reference: same, current: same })).toMatchObject({
      statistic: 0,
      pValue: 1,
    });
  });

  it('reports an empty side as insufficient data and rejects unknown methods', () => {
    const result = ksStatistic.compute({ reference: A, current: new Float64Array(0) });
    expect(result.statistic).toBeNaN();
    expect(result.pValue).toBeNaN();
    expect(result.details?.reason).toBe('insufficient data');
    expect(() => ksStatistic.compute({ reference: A, current: B }, { method: 'fast' })).toThrow(
      /method=fast/,
    );
  });
});
