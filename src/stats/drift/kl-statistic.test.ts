import { describe, expect, it } from 'vitest';
import { klStatistic } from './kl-statistic.js';

const A = Float64Array.of(0.61, -1.2, 0.35, 2.2, -0.4, 0.9, 1.75, -0.05, 0.48, -2.1, 1.3).sort();
const B = Float64Array.of(1.1, 0.2, 2.9, 1.85, 0.75, 2.4, -0.3, 1.6).sort();

describe('klStatistic', () => {
  it('is scipy.stats.entropy(reference, current) on the shared histogram, shares clipped at 1e-6', () => {
    // Two bins are empty in current: without the clip the divergence would be infinite.
    expect(klStatistic.compute({ reference: A, current: B }).statistic).toBeCloseTo(1.973528405302912, 13);
  });

  it('is 0 for identical samples, grows with a smaller epsilon, and rejects epsilon 0', () => {
    expect(klStatistic.compute({ reference: A, current: A }).statistic).toBe(0);
    const coarse = klStatistic.compute({ reference: A, current: B }, { epsilon: 1e-3 }).statistic;
    expect(coarse).toBeLessThan(klStatistic.compute({ reference: A, current: B }).statistic);
    expect(() => klStatistic.compute({ reference: A, current: B }, { epsilon: 0 })).toThrow(/epsilon=0/);
  });

  it('reports an empty side as insufficient data', () => {
    expect(klStatistic.compute({ reference: A, current: new Float64Array(0) }).details?.reason).toBe(
      'insufficient data',
    );
  });
});
