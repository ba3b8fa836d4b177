import { describe, expect, it } from 'vitest';
import { isSextantError } from '../../core/sextant-error.js';
import type { CategoricalDriftStatistic, NumericDriftStatistic } from '../drift/drift-statistic.js';
import { createDriftStatisticCatalog } from './create-drift-statistic-catalog.js';
import { resolveColumnTest } from './resolve-column-test.js';

const numeric = (
  name: string,
  scoreKind: 'p_value' | 'distance',
  defaultThreshold: number,
  failThreshold?: number,
): NumericDriftStatistic => ({
  name,
  label: name,
  kind: 'numeric',
  scoreKind,
  defaultThreshold,
  ...(failThreshold === undefined ? {} : { failThreshold }),
  compute: () => ({ statistic: 0 }),
});
const categorical = (name: string): CategoricalDriftStatistic => ({
  name,
  label: name,
  kind: 'categorical',
  scoreKind: 'p_value',
  defaultThreshold: 0.05,
  compute: () => ({ statistic: 0, pValue: 1 }),
});
const catalog = createDriftStatisticCatalog([
  numeric('ks', 'p_value', 0.05),
  numeric('psi', 'distance', 0.1, 0.25),
  numeric('wasserstein_norm', 'distance', 0.1),
  categorical('chisquare'),
]);
const big = { kind: 'numeric' as const, referenceSize: 5000, currentSize: 5000 };
const small = { kind: 'numeric' as const, referenceSize: 50, currentSize: 5000 };
const age = { name: 'age', type: 'numeric' as const };

describe('resolveColumnTest', () => {
  it('applies the default rule with its thresholds and the statistic own FAIL level', () => {
    expect(resolveColumnTest(age, big, {}, catalog)).toMatchObject({
      statistic: { name: 'psi' },
      threshold: 0.1,
      failThreshold: 0.25,
    });
    expect(resolveColumnTest(age, small, {}, catalog)).toMatchObject({
      statistic: { name: 'ks' },
      threshold: 0.05,
      failThreshold: 0.01,
    });
  });

  it('prefers a column setting to a type setting to an all-columns setting', () => {
    const test = {
      all: { name: 'ks' },
      byType: { numeric: { name: 'wasserstein_norm' } },
      byColumn: new Map([['age', { name: 'psi', options: { buckets: 20 } }]]),
    };
    expect(resolveColumnTest(age, big, { test }, catalog)).toMatchObject({
      statistic: { name: 'psi' },
      options: { buckets: 20 },
      reason: 'chosen for this column',
    });
    expect(resolveColumnTest({ name: 'x', type: 'numeric' }, big, { test }, catalog).statistic.name).toBe(
      'wasserstein_norm',
    );
    expect(resolveColumnTest({ name: 'x', type: 'datetime' }, big, { test }, catalog).statistic.name).toBe(
      'ks',
    );
  });

  it('derives FAIL levels from a changed threshold: 2.5 times a distance, a fifth of a p-value', () => {
    expect(resolveColumnTest(age, big, { threshold: { all: 0.2 } }, catalog)).toMatchObject({
      threshold: 0.2,
      failThreshold: 0.5,
    });
    expect(resolveColumnTest(age, small, { threshold: { all: 0.1 } }, catalog).failThreshold).toBeCloseTo(
      0.02,
      12,
    );
    expect(resolveColumnTest(age, big, { failThreshold: { all: 0.3 } }, catalog).failThreshold).toBe(0.3);
  });

  it('ignores an all-columns test that does not fit the kind, refuses a specific one', () => {
    const labels = { name: 'color', type: 'categorical' as const };
    const facts = { kind: 'categorical' as const, referenceSize: 50, currentSize: 50, categoryCount: 3 };
    expect(resolveColumnTest(labels, facts, { test: { all: { name: 'ks' } } }, catalog).statistic.name).toBe(
      'chisquare',
    );
    expect(() =>
      resolveColumnTest(labels, facts, { test: { byColumn: new Map([['color', { name: 'ks' }]]) } }, catalog),
    ).toThrow(/test "ks" cannot compare column "color" \(categorical\); use one of chisquare/);
  });

  it('refuses levels out of range or in the wrong order', () => {
    const attempt = (settings: Parameters<typeof resolveColumnTest>[2], facts = big) => {
      try {
        resolveColumnTest(age, facts, settings, catalog);
      } catch (error) {
        return isSextantError(error, 'INVALID_ARGUMENT') ? error.message : 'other error';
      }
      return 'accepted';
    };
    expect(attempt({ threshold: { all: 0.3 }, failThreshold: { all: 0.2 } })).toMatch(
      /FAIL level 0.2 of a distance must not be below/,
    );
    expect(attempt({ threshold: { all: 0.01 }, failThreshold: { all: 0.05 } }, small)).toMatch(
      /must not exceed its drift threshold/,
    );
    expect(attempt({ threshold: { all: 2 } }, small)).toMatch(/p-value thresholds must be in \(0, 1\]/);
    expect(attempt({ threshold: { all: -1 } })).toMatch(/must not be negative/);
  });
});
