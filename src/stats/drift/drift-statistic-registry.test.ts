import { describe, expect, it } from 'vitest';
import { isSextantError } from '../../core/sextant-error.js';
import { DriftStatisticRegistry } from './drift-statistic-registry.js';
import { ksStatistic } from './ks-statistic.js';

const registry = new DriftStatisticRegistry();

describe('DriftStatisticRegistry', () => {
  it('holds every statistic of issue 3 under its stable name', () => {
    expect(registry.list('numeric').map((s) => s.name)).toEqual([
      'ks',
      'psi',
      'wasserstein',
      'wasserstein_norm',
      'jensenshannon',
      'anderson',
      'cramervonmises',
      'mannwhitney',
      'welch_t',
      'energy',
      'hellinger',
      'kl',
    ]);
    expect(registry.list('categorical').map((s) => s.name)).toEqual([
      'chisquare',
      'z_proportions',
      'psi',
      'jensenshannon',
      'total_variation',
      'hellinger',
    ]);
    expect(registry.list()).toHaveLength(18);
  });

  it('finds by kind and name; get throws INVALID_ARGUMENT listing the known names', () => {
    expect(registry.find('numeric', 'ks')).toBe(ksStatistic);
    expect(registry.find('categorical', 'psi')?.kind).toBe('categorical');
    expect(registry.find('categorical', 'ks')).toBeUndefined();
    try {
      registry.get('numeric', 'kolmogorov');
      expect.unreachable();
    } catch (error) {
      expect(isSextantError(error, 'INVALID_ARGUMENT')).toBe(true);
      expect((error as Error).message).toMatch(/unknown numeric drift test "kolmogorov"; known: ks, psi/);
    }
  });

  it('rejects two statistics with one kind and name', () => {
    expect(() => new DriftStatisticRegistry([ksStatistic, ksStatistic])).toThrow(
      /two numeric drift statistics are named ks/,
    );
  });

  it('gives every descriptor a label, a score kind and a threshold in range', () => {
    for (const statistic of registry.list()) {
      expect(statistic.label.length).toBeGreaterThan(0);
      expect(statistic.defaultThreshold).toBeGreaterThan(0);
      if (statistic.scoreKind === 'p_value') expect(statistic.defaultThreshold).toBeLessThan(1);
    }
  });
});

// The convention the engine relies on, checked for every statistic at once.
describe('edge cases shared by all statistics', () => {
  const empty = new Float64Array(0);
  const some = Float64Array.of(1, 2, 3, 4, 5);

  it.each(registry.list('numeric').map((s) => [s.name, s] as const))(
    '%s: an empty side is NaN, "insufficient data"',
    (_n, s) => {
      for (const input of [
        { reference: empty, current: some },
        { reference: some, current: empty },
      ]) {
        const result = s.compute(input);
        expect(result.statistic).toBeNaN();
        if (s.scoreKind === 'p_value') expect(result.pValue).toBeNaN();
        expect(result.details?.reason).toBe('insufficient data');
      }
    },
  );

  it.each(registry.list('numeric').map((s) => [s.name, s] as const))(
    '%s: two equal constant samples are no drift',
    (_n, s) => {
      const constant = Float64Array.of(2.5, 2.5, 2.5, 2.5, 2.5);
      const result = s.compute({ reference: constant, current: constant });
      if (s.scoreKind === 'p_value') expect(result.pValue).toBeGreaterThanOrEqual(s.defaultThreshold);
      else expect(result.statistic).toBeLessThan(s.defaultThreshold);
    },
  );

  it.each(registry.list('categorical').map((s) => [s.name, s] as const))(
    '%s: an empty side is NaN, "insufficient data"',
    (_n, s) => {
      const result = s.compute({
        categories: ['a', 'b'],
        referenceCounts: Float64Array.of(3, 4),
        currentCounts: Float64Array.of(0, 0),
      });
      expect(result.statistic).toBeNaN();
      expect(result.details).toMatchObject({ reason: 'insufficient data', vanishedCategories: ['a', 'b'] });
    },
  );
});
