import { describe, expect, it } from 'vitest';
import { wassersteinNormStatistic } from './wasserstein-norm-statistic.js';

describe('wassersteinNormStatistic', () => {
  it('divides W₁ by the reference population standard deviation', () => {
    const reference = Float64Array.of(1, 2, 3, 4);
    const result = wassersteinNormStatistic.compute({ reference, current: reference.map((v) => v + 0.5) });
    const std = Math.sqrt(1.25);
    expect(result.statistic).toBeCloseTo(0.5 / std, 15);
    expect(result.details).toMatchObject({ wasserstein: 0.5, divisor: std });
  });

  it('floors the divisor at 0.001 for a constant reference, as Evidently', () => {
    const reference = Float64Array.of(5, 5, 5);
    expect(wassersteinNormStatistic.compute({ reference, current: Float64Array.of(5, 5) }).statistic).toBe(0);
    const moved = wassersteinNormStatistic.compute({ reference, current: Float64Array.of(5.01) });
    expect(moved.statistic).toBeCloseTo(10, 10);
    expect(moved.details).toMatchObject({ referenceStd: 0, divisor: 0.001 });
  });

  it('reports an empty side as insufficient data', () => {
    expect(
      wassersteinNormStatistic.compute({ reference: new Float64Array(0), current: Float64Array.of(1) })
        .details?.reason,
    ).toBe('insufficient data');
  });
});
