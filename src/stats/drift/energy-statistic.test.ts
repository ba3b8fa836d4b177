import { describe, expect, it } from 'vitest';
import { energyStatistic } from './energy-statistic.js';

describe('energyStatistic', () => {
  it('is scipy.stats.energy_distance (SciPy 1.17.1) and 0 for identical samples', () => {
    const reference = Float64Array.of(1, 2, 2, 3, 3, 3, 4, 5);
    const current = Float64Array.of(2, 3, 3, 4, 4, 5, 5, 6, 7);
    expect(energyStatistic.compute({ reference, current }).statistic).toBeCloseTo(0.9193982868575205, 15);
    expect(energyStatistic.compute({ reference, current: reference }).statistic).toBe(0);
  });

  it('equals the pairwise definition √(2E|X−Y| − E|X−X′| − E|Y−Y′|)', () => {
    const x = [0.3, 1.2, 1.9, 4];
    const y = [0.1, 2.5, 2.7];
    const mean = (a: number[], b: number[]) =>
      a.reduce((s, u) => s + b.reduce((t, v) => t + Math.abs(u - v), 0), 0) / (a.length * b.length);
    const expected = Math.sqrt(2 * mean(x, y) - mean(x, x) - mean(y, y));
    expect(
      energyStatistic.compute({ reference: Float64Array.from(x), current: Float64Array.from(y) }).statistic,
    ).toBeCloseTo(expected, 14);
  });

  it('reports an empty side as insufficient data', () => {
    expect(
      energyStatistic.compute({ reference: Float64Array.of(1), current: new Float64Array(0) }).statistic,
    ).toBeNaN();
  });
});
