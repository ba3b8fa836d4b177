import { greatestCommonDivisor } from '../math/greatest-common-divisor.js';
import { kolmogorovSf } from '../math/kolmogorov-sf.js';
import { ksTwoSampleExactSf } from '../math/ks-two-sample-exact-sf.js';
import { DriftOptionReader } from './drift-option-reader.js';
import type {
  DriftMeasurement,
  DriftOptions,
  NumericDriftInput,
  NumericDriftStatistic,
} from './drift-statistic.js';
import { forEachTieGroup } from './for-each-tie-group.js';
import { insufficientData } from './insufficient-data.js';

/** SciPy's `MAX_AUTO_N`: `method='auto'` is exact when both samples have at most this many values. */
const MAX_AUTO_EXACT_SIZE = 10_000;
/** SciPy gives up on the exact method when lcm(n₁, n₂) would overflow a 32-bit integer. */
const INT32_MAX = 2 ** 31 - 1;
/** Our own bound on the lattice cells the exact unequal-size method may visit (about a second). */
const MAX_EXACT_CELLS = 1e9;
const METHODS = ['auto', 'exact', 'asymptotic'] as const;

/**
 * Two-sample Kolmogorov-Smirnov test, two-sided: D = sup |F(x) − G(x)| and its p-value, as
 * `scipy.stats.ks_2samp(reference, current)`. Option `method`: `auto` (default: exact when both samples
 * have at most 10 000 values, SciPy's rule), `exact` (Hodges / Viehmann lattice paths; falls back to
 * asymptotic where SciPy does, or where it would visit over 1e9 lattice cells), `asymptotic` (the
 * finite-n Kolmogorov distribution at n = round(n₁n₂/(n₁ + n₂)), SciPy's `kstwo`). In exact mode the
 * statistic is D rounded onto its lattice h / lcm(n₁, n₂), as SciPy reports it.
 * details: `method` used, and `fallback` when exact was asked for but not affordable.
 */
export const ksStatistic: NumericDriftStatistic = {
  name: 'ks',
  label: 'Kolmogorov-Smirnov',
  kind: 'numeric',
  scoreKind: 'p_value',
  defaultThreshold: 0.05,
  options: { method: 'auto (default) | exact | asymptotic: how the p-value is computed' },
  compute: kolmogorovSmirnov,
};

function kolmogorovSmirnov(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement {
  const method = new DriftOptionReader('ks', options, ['method']).choice('method', METHODS, 'auto');
  const { reference, current } = input;
  const n1 = reference.length;
  const n2 = current.length;
  if (n1 === 0 || n2 === 0)
    return insufficientData('p_value', { minimum: 1, referenceSize: n1, currentSize: n2 });
  const d = maximumCdfGap(reference, current);
  let fallback: string | undefined;
  if (method === 'exact' || (method === 'auto' && Math.max(n1, n2) <= MAX_AUTO_EXACT_SIZE)) {
    fallback = exactUnaffordable(n1, n2, d);
    if (fallback === undefined) {
      const exact = ksTwoSampleExactSf(n1, n2, d);
      return { statistic: exact.statistic, pValue: exact.pValue, details: { method: 'exact' } };
    }
  }
  const [larger, smaller] = n1 >= n2 ? [n1, n2] : [n2, n1];
  // SciPy rounds half to even here; a degenerate 1-vs-1 comparison would round to 0, so at least 1.
  const effectiveSize = Math.max(1, roundHalfEven((larger * smaller) / (larger + smaller)));
  const pValue = kolmogorovSf(effectiveSize, d);
  return {
    statistic: d,
    pValue,
    details: fallback ? { method: 'asymptotic', fallback } : { method: 'asymptotic' },
  };
}

/** max over the pooled values of |F − G|, both CDFs taken after each whole tie group (SciPy's searchsorted 'right'). */
function maximumCdfGap(reference: Float64Array, current: Float64Array): number {
  const n1 = reference.length;
  const n2 = current.length;
  let seen1 = 0;
  let seen2 = 0;
  let highest = 0;
  let lowest = 0;
  forEachTieGroup(reference, current, (_value, count1, count2) => {
    seen1 += count1;
    seen2 += count2;
    const gap = seen1 / n1 - seen2 / n2;
    if (gap > highest) highest = gap;
    if (gap < lowest) lowest = gap;
  });
  return Math.min(1, Math.max(highest, -lowest));
}

/** Why the exact p-value cannot be afforded for these sizes, or undefined when it can. */
function exactUnaffordable(n1: number, n2: number, d: number): string | undefined {
  const g = greatestCommonDivisor(n1, n2);
  if (n1 / g >= INT32_MAX / (n2 / g))
    return 'lcm of the sample sizes too large for the exact method (as in SciPy)';
  if (n1 === n2) return undefined;
  const larger = Math.max(n1, n2);
  const band = (2 * Math.round(d * (n1 / g) * n2)) / (larger / g) + 2;
  return larger * Math.min(Math.min(n1, n2) + 1, band) > MAX_EXACT_CELLS
    ? 'exact method would visit over 1e9 lattice cells'
    : undefined;
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
