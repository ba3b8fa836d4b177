import { describe, expect, it } from 'vitest';
import { hellingerStatistic } from './hellinger-statistic.js';

const A = Float64Array.of(0.61, -1.2, 0.35, 2.2, -0.4, 0.9, 1.75, -0.05, 0.48, -2.1, 1.3).sort();
const B = Float64Array.of(1.1, 0.2, 2.9, 1.85, 0.75, 2.4, -0.3, 1.6).sort();

describe('hellingerStatistic', () => {
  it('compares the shared Sturges histogram (NumPy 2.4 shares, Evidently’s formula)', () => {
    expect(hellingerStatistic.compute({ reference: A, current: B }).statistic).toBeCloseTo(
      0.3373583309900827,
      15,
    );
  });

  it('is 0 for identical samples and NaN for an empty side', () => {
    expect(hellingerStatistic.compute({ reference: A, current: A }).statistic).toBe(0);
    expect(hellingerStatistic.compute({ reference: new Float64Array(0), current: A }).statistic).toBeNaN();
  });
});
