import { mannWhitneyExactCdf } from '../math/mann-whitney-exact-cdf.js';
import { normalSf } from '../math/normal-sf.js';
import { DriftOptionReader } from './drift-option-reader.js';
import type {
  DriftMeasurement,
  DriftOptions,
  NumericDriftInput,
  NumericDriftStatistic,
} from './drift-statistic.js';
import { forEachTieGroup } from './for-each-tie-group.js';
import { insufficientData } from './insufficient-data.js';

/** SciPy's `auto` is exact only when a sample has at most this many values and nothing is tied. */
const MAX_AUTO_EXACT_SIZE = 8;
/** Forced exact costs O(min(n₁, n₂) × n₁n₂ / 2); beyond this much work, asymptotic. */
const MAX_EXACT_WORK = 2e8;
const METHODS = ['auto', 'exact', 'asymptotic'] as const;

/**
 * Mann-Whitney U test, two-sided, as `scipy.stats.mannwhitneyu(reference, current)`: the statistic is U of
 * the reference sample (R₁ − n₁(n₁ + 1)/2 over midranks), as SciPy reports it. The p-value is 2 P(U' ≥ max(U₁, U₂)):
 * exact when a sample has at most 8 values and there are no ties (SciPy's `auto`), otherwise the normal
 * approximation with the tie correction of the variance and a continuity correction of ½. Option `method`:
 * `auto`, `exact` (ties ignored and U truncated to an integer, as SciPy does; asymptotic when the exact
 * distribution would cost over 2e8 steps, noted in `details.fallback`), `asymptotic`. Threshold 0.05.
 * details: `method` used, `z` for the normal approximation.
 */
export const mannWhitneyStatistic: NumericDriftStatistic = {
  name: 'mannwhitney',
  label: 'Mann-Whitney U',
  kind: 'numeric',
  scoreKind: 'p_value',
  defaultThreshold: 0.05,
  options: { method: 'auto (default) | exact | asymptotic: how the p-value is computed' },
  compute: mannWhitney,
};

function mannWhitney(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement {
  const method = new DriftOptionReader('mannwhitney', options, ['method']).choice('method', METHODS, 'auto');
  const { reference, current } = input;
  const n1 = reference.length;
  const n2 = current.length;
  if (n1 === 0 || n2 === 0)
    return insufficientData('p_value', { minimum: 1, referenceSize: n1, currentSize: n2 });
  let rankSum = 0;
  let tieTerm = 0;
  let seen = 0;
  forEachTieGroup(reference, current, (_value, count1, count2) => {
    const size = count1 + count2;
    // Integers and halves below 2^52: this sum is exact, as SciPy's is.
    rankSum += count1 * (seen + (size + 1) / 2);
    tieTerm += size ** 3 - size;
    seen += size;
  });
  const u1 = rankSum - (n1 * (n1 + 1)) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  const product = n1 * n2;
  const exactWanted =
    method === 'exact' || (method === 'auto' && Math.min(n1, n2) <= MAX_AUTO_EXACT_SIZE && tieTerm === 0);
  const affordable = Math.min(n1, n2) * (product / 2) <= MAX_EXACT_WORK;
  if (exactWanted && affordable) {
    // P(U' ≥ u) = P(U' ≤ n₁n₂ − u) by symmetry; SciPy truncates a tied (half-integer) U first.
    const pValue = 2 * mannWhitneyExactCdf(product - Math.floor(u), n1, n2);
    return { statistic: u1, pValue: Math.min(1, pValue), details: { method: 'exact' } };
  }
  const total = n1 + n2;
  const sd = Math.sqrt((product / 12) * (total + 1 - tieTerm / (total * (total - 1))));
  // SciPy always subtracts the continuity correction, since U ≥ n₁n₂/2 here; sd = 0 (all tied) gives z = −∞, p = 1.
  const z = (u - product / 2 - 0.5) / sd;
  const pValue = Math.min(1, 2 * normalSf(z));
  const details: Record<string, unknown> = { method: 'asymptotic', z };
  if (exactWanted) details.fallback = 'exact distribution too costly for these sizes';
  return { statistic: u1, pValue, details };
}
