import { describe, expect, it } from 'vitest';
import { jensenShannonStatistic } from './jensen-shannon-statistic.js';

const A = Float64Array.of(0.61, -1.2, 0.35, 2.2, -0.4, 0.9, 1.75, -0.05, 0.48, -2.1, 1.3).sort();
const B = Float64Array.of(1.1, 0.2, 2.9, 1.85, 0.75, 2.4, -0.3, 1.6).sort();

// scipy.spatial.distance.jensenshannon on np.histogram shares over np.histogram_bin_edges(..., 'sturges').
describe('jensenShannonStatistic', () => {
  it('compares the shared Sturges histogram, in nats or another base', () => {
    const result = jensenShannonStatistic.compute({ reference: A, current: B });
    expect(result.statistic).toBeCloseTo(0.2924229834852663, 15);
    expect(result.details?.edges).toHaveLength(7);
    expect(jensenShannonStatistic.compute({ reference: A, current: B }, { base: 2 }).statistic).toBeCloseTo(
      0.3512357983083433,
      15,
    );
  });

  it('takes a number of equal-width bins', () => {
    expect(jensenShannonStatistic.compute({ reference: A, current: B }, { bins: 5 }).statistic).toBeCloseTo(
      0.30497719647656657,
      15,
    );
  });

  it('is 0 for constant equal samples and NaN for an empty side', () => {
    const constant = Float64Array.of(2, 2);
    expect(jensenShannonStatistic.compute({ reference: constant, current: constant }).statistic).toBe(0);
    expect(
      jensenShannonStatistic.compute({ reference: constant, current: new Float64Array(0) }).statistic,
    ).toBeNaN();
  });
});
