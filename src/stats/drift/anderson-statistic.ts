import { CompensatedSum } from '../math/compensated-sum.js';
import { fitQuadratic } from '../math/fit-quadratic.js';
import { DriftOptionReader } from './drift-option-reader.js';
import type {
  DriftMeasurement,
  DriftOptions,
  NumericDriftInput,
  NumericDriftStatistic,
} from './drift-statistic.js';
import { forEachTieGroup } from './for-each-tie-group.js';
import { insufficientData } from './insufficient-data.js';

/** Scholz & Stephens (1987) Table 2 critical values of the standardised statistic for k = 2 samples (m = 1). */
// biome-ignore lint/suspicious/noApproximativeNumericConstant: a tabulated critical value that happens to read like e.
const CRITICAL_VALUES = [0.325, 1.226, 1.961, 2.718, 3.752, 4.592, 6.546];
const SIGNIFICANCE_LEVELS = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];
/** SciPy interpolates ln(level) by a least-squares parabola in the critical value. */
const [C2, C1, C0] = fitQuadratic(CRITICAL_VALUES, SIGNIFICANCE_LEVELS.map(Math.log));

/**
 * Anderson-Darling k-sample test for k = 2, as `scipy.stats.anderson_ksamp([reference, current])`
 * (its default midrank version for data with ties): the standardised statistic (A²ₐₖₙ − 1) / σₙ of Scholz &
 * Stephens (1987, JASA 82(399), eq. 7 and 4), and a p-value read off their table of critical values by
 * interpolating ln p quadratically, which only covers [0.001, 0.25]: beyond the table the p-value is
 * capped at 0.25 or floored at 0.001, exactly as SciPy does (`details.pValueCapped` says when). So
 * `anderson` can say "p < 0.001" but not how much smaller. Threshold 0.1 as in Evidently.
 *
 * Needs at least 4 values in all (σₙ divides by (N − 1)(N − 2)(N − 3)). When every value is the same,
 * where SciPy raises an error, the samples cannot differ: statistic 0, p-value 1.
 * details: `criticalValues`, `significanceLevels`, `pValueCapped`.
 */
export const andersonStatistic: NumericDriftStatistic = {
  name: 'anderson',
  label: 'Anderson-Darling (k-sample)',
  kind: 'numeric',
  scoreKind: 'p_value',
  defaultThreshold: 0.1,
  compute: andersonDarling,
};

function andersonDarling(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement {
  new DriftOptionReader('anderson', options, []);
  const { reference, current } = input;
  const n1 = reference.length;
  const n2 = current.length;
  const total = n1 + n2;
  if (n1 === 0 || n2 === 0 || total < 4) {
    return insufficientData('p_value', {
      minimum: 'one value per side and 4 in all',
      referenceSize: n1,
      currentSize: n2,
    });
  }
  if (reference[0] === reference[n1 - 1] && current[0] === current[n2 - 1] && reference[0] === current[0]) {
    return { statistic: 0, pValue: 1, details: { note: 'all values are equal' } };
  }
  const statistic = (midrankStatistic(reference, current) - 1) / Math.sqrt(nullVariance(n1, n2));
  const details = { criticalValues: CRITICAL_VALUES, significanceLevels: SIGNIFICANCE_LEVELS };
  if (statistic < CRITICAL_VALUES[0]!)
    return { statistic, pValue: 0.25, details: { ...details, pValueCapped: true } };
  if (statistic > CRITICAL_VALUES[6]!)
    return { statistic, pValue: 0.001, details: { ...details, pValueCapped: true } };
  const pValue = Math.exp((C2 * statistic + C1) * statistic + C0);
  return { statistic, pValue, details: { ...details, pValueCapped: false } };
}

/**
 * A²ₐₖₙ of Scholz & Stephens eq. 7: over the distinct pooled values zⱼ with multiplicity lⱼ,
 * Σᵢ (1/nᵢ) Σⱼ (lⱼ/N) (N Mᵢⱼ − nᵢ Bⱼ)² / (Bⱼ (N − Bⱼ) − N lⱼ / 4), times (N − 1)/N, where Bⱼ and Mᵢⱼ count the
 * pooled and sample-i values below zⱼ plus half of those equal to it.
 */
function midrankStatistic(reference: Float64Array, current: Float64Array): number {
  const n1 = reference.length;
  const n2 = current.length;
  const total = n1 + n2;
  const sum1 = new CompensatedSum();
  const sum2 = new CompensatedSum();
  let below1 = 0;
  let below2 = 0;
  forEachTieGroup(reference, current, (_value, count1, count2) => {
    const multiplicity = count1 + count2;
    const b = below1 + below2 + multiplicity / 2;
    const denominator = b * (total - b) - (total * multiplicity) / 4;
    const m1 = below1 + count1 / 2;
    const m2 = below2 + count2 / 2;
    const weight = multiplicity / total;
    // The last group has B = N − l/2, so the denominator is l (N − l) / 4 > 0 unless all values are equal.
    sum1.add((weight * (total * m1 - b * n1) ** 2) / denominator);
    sum2.add((weight * (total * m2 - b * n2) ** 2) / denominator);
    below1 += count1;
    below2 += count2;
  });
  return ((sum1.value / n1 + sum2.value / n2) * (total - 1)) / total;
}

/** σ²ₙ of Scholz & Stephens eq. 4 for k = 2, with h = Σ_{i<N} 1/i and g = Σ_{i<N−1} Σ_{j>i} 1/((N − i) j). */
function nullVariance(n1: number, n2: number): number {
  const total = n1 + n2;
  const k = 2;
  const harmonicOfSizes = 1 / n1 + 1 / n2;
  // SciPy's cumulative sums: tail[t] = Σ_{i=N−1−t}^{N−1} 1/i for t = 0..N−3; h = tail[N−3] + 1; g = Σ tail[t] / (t + 2).
  let tail = 0;
  const g = new CompensatedSum();
  for (let t = 0; t <= total - 3; t++) {
    tail += 1 / (total - 1 - t);
    g.add(tail / (t + 2));
  }
  const h = tail + 1;
  const gv = g.value;
  const a = (4 * gv - 6) * (k - 1) + (10 - 6 * gv) * harmonicOfSizes;
  const b = (2 * gv - 4) * k ** 2 + 8 * h * k + (2 * gv - 14 * h - 4) * harmonicOfSizes - 8 * h + 4 * gv - 6;
  const c = (6 * h + 2 * gv - 2) * k ** 2 + (4 * h - 4 * gv + 6) * k + (2 * h - 6) * harmonicOfSizes + 4 * h;
  const d = (2 * h + 6) * k ** 2 - 4 * h * k;
  return (a * total ** 3 + b * total ** 2 + c * total + d) / ((total - 1) * (total - 2) * (total - 3));
}
