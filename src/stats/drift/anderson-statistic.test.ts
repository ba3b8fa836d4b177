import { describe, expect, it } from 'vitest';
import { andersonStatistic } from './anderson-statistic.js';

const A = Float64Array.of(0.61, -1.2, 0.35, 2.2, -0.4, 0.9, 1.75, -0.05, 0.48, -2.1, 1.3).sort();
const B = Float64Array.of(1.1, 0.2, 2.9, 1.85, 0.75, 2.4, -0.3, 1.6).sort();
const T1 = Float64Array.of(1, 2, 2, 3, 3, 3, 4, 5);
const T2 = Float64Array.of(2, 3, 3, 4, 4, 5, 5, 6, 7);

// scipy.stats.anderson_ksamp([reference, current]) (SciPy 1.17.1, midrank).
describe('andersonStatistic', () => {
  it('matches SciPy with interpolated p-values, with and without ties', () => {
    const plain = andersonStatistic.compute({ reference: A, current: B });
    expect(plain.statistic).toBeCloseTo(0.7265617353121384, 14);
    expect(plain.pValue).toBeCloseTo(0.16518280746268477, 13);
    expect(plain.details?.pValueCapped).toBe(false);
    const ties = andersonStatistic.compute({ reference: T1, current: T2 });
    expect(ties.statistic).toBeCloseTo(1.9074509666871649, 14);
    expect(ties.pValue).toBeCloseTo(0.053146574378474275, 13);
  });

  it('caps the p-value at 0.25 and floors it at 0.001, as SciPy, and says so', () => {
    const same = andersonStatistic.compute({ reference: A, current: A });
    expect(same.pValue).toBe(0.25);
    expect(same.details?.pValueCapped).toBe(true);
    const apart = andersonStatistic.compute({ reference: A, current: A.map((v) => v + 10) });
    expect(apart.pValue).toBe(0.001);
  });

  it('reports all-equal values as no drift (SciPy raises) and fewer than 4 values as insufficient', () => {
    const constant = Float64Array.of(3, 3, 3);
    expect(andersonStatistic.compute({ reference: constant, current: constant })).toMatchObject({
      statistic: 0,
      pValue: 1,
    });
    expect(
      andersonStatistic.compute({ reference: Float64Array.of(1, 2), current: Float64Array.of(3) }).details
        ?.reason,
    ).toBe('insufficient data');
  });
});
