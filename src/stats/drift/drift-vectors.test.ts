import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DriftMeasurement } from './drift-statistic.js';
import { DriftStatisticRegistry } from './drift-statistic-registry.js';

// SciPy 1.10.1 reference values with their inputs (DESIGN.md: shared/testvectors beside the checkout).
const load = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../../../shared/testvectors/${name}`, import.meta.url), 'utf8')) as T;

interface NumericCase {
  name: string;
  reference: number[];
  current: number[];
  expected: Record<string, number | number[]>;
}
interface CategoricalCase {
  name: string;
  categories: string[];
  reference_counts: number[];
  current_counts: number[];
  expected: Record<string, number>;
}

const registry = new DriftStatisticRegistry();
const numericCases = load<NumericCase[]>('drift_numeric.json');
const categoricalCases = load<CategoricalCase[]>('drift_categorical.json');

/**
 * Statistics: 1e-9 relative. P-values: 1e-6 relative, with an absolute floor of 1e-300, because SciPy's
 * smallest values are past double precision's normal range (1.705e-321 is a subnormal with three digits;
 * its asymptotic and Mann-Whitney / Welch p-values of the same case underflow to 0 and so do ours).
 *
 * One exception, the Cramér-von Mises asymptotic p-value: it is 1 − F(x) with F(x) a series summing to
 * nearly 1, and SciPy's terms carry ~2e-15 absolute error (its `kv(0.25, q)` is only good to ~1e-14
 * relative for q ≤ 1; checked against mpmath at 40 digits). Below p ≈ 1e-9 that noise exceeds 1e-6
 * relative: for integers_with_ties the exact value of SciPy's truncated series is 1.4288454e-10, ours
 * 1.4288437e-10 (within two roundings of 1.0), SciPy 1.10.1 says 1.4288626e-10 and SciPy 1.17.1
 * 1.4288637e-10. So that key is compared with an absolute tolerance of 4e-15 (about 2× SciPy's error).
 */
const CVM_P_ABSOLUTE_TOLERANCE = 4e-15;

function expectClose(
  actual: number | undefined,
  expected: number,
  kind: 'statistic' | 'p-value',
  absolute = 1e-300,
): void {
  expect(actual).toBeTypeOf('number');
  const tolerance =
    kind === 'statistic' ? 1e-9 * Math.abs(expected) : Math.max(1e-6 * Math.abs(expected), absolute);
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(tolerance);
}

function numeric(name: string, c: NumericCase, options?: Record<string, string>): DriftMeasurement {
  const input = {
    reference: Float64Array.from(c.reference).sort(),
    current: Float64Array.from(c.current).sort(),
  };
  return registry.get('numeric', name).compute(input, options);
}

/** Every expected key of the numeric vectors, and how we compute it. */
const numericKeys: Record<string, (c: NumericCase) => number | number[] | undefined> = {
  ks_statistic: (c) => numeric('ks', c).statistic,
  ks_pvalue_auto: (c) => numeric('ks', c).pValue,
  ks_pvalue_exact: (c) => numeric('ks', c, { method: 'exact' }).pValue,
  ks_pvalue_asymptotic: (c) => numeric('ks', c, { method: 'asymptotic' }).pValue,
  wasserstein: (c) => numeric('wasserstein', c).statistic,
  wasserstein_normed_by_ref_std: (c) => numeric('wasserstein_norm', c).statistic,
  psi_seed_10_quantile_buckets: (c) => numeric('psi', c).statistic,
  psi_bucket_edges: (c) => numeric('psi', c).details?.edges as number[],
  anderson_ksamp_statistic: (c) => numeric('anderson', c).statistic,
  anderson_ksamp_pvalue_capped: (c) => numeric('anderson', c).pValue,
  cramervonmises_statistic: (c) => numeric('cramervonmises', c).statistic,
  cramervonmises_pvalue: (c) => numeric('cramervonmises', c).pValue,
  mannwhitney_u: (c) => numeric('mannwhitney', c).statistic,
  mannwhitney_pvalue: (c) => numeric('mannwhitney', c).pValue,
  welch_t_statistic: (c) => numeric('welch_t', c).statistic,
  welch_t_pvalue: (c) => numeric('welch_t', c).pValue,
  energy_distance: (c) => numeric('energy', c).statistic,
};

function categorical(name: string, c: CategoricalCase, options?: Record<string, number>): DriftMeasurement {
  const input = {
    categories: c.categories,
    referenceCounts: Float64Array.from(c.reference_counts),
    currentCounts: Float64Array.from(c.current_counts),
  };
  return registry.get('categorical', name).compute(input, options);
}

const categoricalKeys: Record<string, (c: CategoricalCase) => number | undefined> = {
  chi2_statistic: (c) => categorical('chisquare', c).statistic,
  chi2_pvalue: (c) => categorical('chisquare', c).pValue,
  'psi_clip_1e-6': (c) => categorical('psi', c).statistic,
  jensenshannon_distance_natural_log: (c) => categorical('jensenshannon', c).statistic,
  jensenshannon_distance_base2: (c) => categorical('jensenshannon', c, { base: 2 }).statistic,
  total_variation: (c) => categorical('total_variation', c).statistic,
  hellinger: (c) => categorical('hellinger', c).statistic,
  ztest_proportions_z: (c) => categorical('z_proportions', c).statistic,
  ztest_proportions_pvalue: (c) => categorical('z_proportions', c).pValue,
};

const kindOf = (key: string) => (key.includes('pvalue') ? 'p-value' : 'statistic');

describe('numeric drift statistics against SciPy 1.10.1 vectors', () => {
  const cases = numericCases.flatMap((c) =>
    Object.entries(c.expected).map(([key, value]) => [c.name, key, value, c] as const),
  );
  it.each(cases)('%s %s', (_name, key, expected, c) => {
    const compute = numericKeys[key];
    expect(compute, `no computation mapped to expected key ${key}`).toBeDefined();
    const actual = compute!(c);
    if (Array.isArray(expected)) {
      expect(actual).toHaveLength(expected.length);
      expected.forEach((edge, i) => {
        expectClose((actual as number[])[i], edge, 'statistic');
      });
    } else {
      const absolute = key === 'cramervonmises_pvalue' ? CVM_P_ABSOLUTE_TOLERANCE : undefined;
      expectClose(actual as number, expected, kindOf(key), absolute);
    }
  });
});

describe('categorical drift statistics against SciPy 1.10.1 vectors', () => {
  const cases = categoricalCases.flatMap((c) =>
    Object.entries(c.expected).map(([key, value]) => [c.name, key, value, c] as const),
  );
  it.each(cases)('%s %s', (_name, key, expected, c) => {
    const compute = categoricalKeys[key];
    expect(compute, `no computation mapped to expected key ${key}`).toBeDefined();
    expectClose(compute!(c), expected, kindOf(key));
  });
});
