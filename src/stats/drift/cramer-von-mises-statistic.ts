import { CompensatedSum } from '../math/compensated-sum.js';
import { cramerVonMisesExactSf } from '../math/cramer-von-mises-exact-sf.js';
import { cramerVonMisesLimitCdf } from '../math/cramer-von-mises-limit-cdf.js';
import { DriftOptionReader } from './drift-option-reader.js';
import type {
  DriftMeasurement,
  DriftOptions,
  NumericDriftInput,
  NumericDriftStatistic,
} from './drift-statistic.js';
import { forEachTieGroup } from './for-each-tie-group.js';
import { insufficientData } from './insufficient-data.js';

/** SciPy's `method='auto'` is exact when both samples have at most this many values. */
const MAX_AUTO_EXACT_SIZE = 20;
/** Forced exact beyond this size takes over 2 s and grows fast (the path sums multiply): asymptotic. */
const MAX_EXACT_SIZE = 25;
const METHODS = ['auto', 'exact', 'asymptotic'] as const;

/**
 * Two-sample Cramér-von Mises test, as `scipy.stats.cramervonmises_2samp(reference, current)`: Anderson's
 * (1962) T = U / (mn(m + n)) − (4mn − 1) / (6(m + n)) with U = m Σ(rᵢ − i)² + n Σ(sⱼ − j)² over midranks,
 * computed from one merge of the sorted samples. The p-value is exact when both samples have at most 20
 * values (SciPy's `auto`), otherwise from the limiting distribution applied to T standardised by its
 * exact mean and variance (Anderson 1962, eq. 15). Option `method`: `auto`, `exact` (up to 25 values per
 * side, asymptotic beyond, noted in `details.fallback`), `asymptotic`. SciPy's limiting series is only
 * accurate to about 1e-7 absolute, so p-values below that are not meaningful (they are SciPy's too).
 * Needs at least 2 values per side (SciPy's minimum). Threshold 0.1 as in Evidently.
 * details: `method` used.
 */
export const cramerVonMisesStatistic: NumericDriftStatistic = {
  name: 'cramervonmises',
  label: 'Cramér-von Mises',
  kind: 'numeric',
  scoreKind: 'p_value',
  defaultThreshold: 0.1,
  options: { method: 'auto (default) | exact | asymptotic: how the p-value is computed' },
  compute: cramerVonMises,
};

function cramerVonMises(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement {
  const method = new DriftOptionReader('cramervonmises', options, ['method']).choice(
    'method',
    METHODS,
    'auto',
  );
  const { reference, current } = input;
  const nx = reference.length;
  const ny = current.length;
  if (nx < 2 || ny < 2)
    return insufficientData('p_value', { minimum: 2, referenceSize: nx, currentSize: ny });
  const u = rankDeviation(reference, current);
  const k = nx * ny;
  const total = nx + ny;
  const statistic = u / (k * total) - (4 * k - 1) / (6 * total);
  const largest = Math.max(nx, ny);
  const wantsExact = method === 'exact' || (method === 'auto' && largest <= MAX_AUTO_EXACT_SIZE);
  if (wantsExact && largest <= MAX_EXACT_SIZE) {
    return { statistic, pValue: cramerVonMisesExactSf(u, nx, ny), details: { method: 'exact' } };
  }
  const pValue = asymptoticPValue(statistic, total, nx, ny, k);
  return wantsExact
    ? {
        statistic,
        pValue,
        details: {
          method: 'asymptotic',
          fallback: `exact p-value only up to ${MAX_EXACT_SIZE} values per side`,
        },
      }
    : { statistic, pValue, details: { method: 'asymptotic' } };
}

/**
 * U = m Σᵢ (rᵢ − i)² + n Σⱼ (sⱼ − j)², where rᵢ is the pooled midrank of the i-th smallest reference value
 * (and sⱼ likewise for current): a tie group spanning pooled positions p + 1 .. p + l has midrank p + (l + 1)/2.
 */
function rankDeviation(reference: Float64Array, current: Float64Array): number {
  const sumX = new CompensatedSum();
  const sumY = new CompensatedSum();
  let seenX = 0;
  let seenY = 0;
  forEachTieGroup(reference, current, (_value, countX, countY) => {
    const midrank = seenX + seenY + (countX + countY + 1) / 2;
    for (let i = 1; i <= countX; i++) sumX.add((midrank - (seenX + i)) ** 2);
    for (let j = 1; j <= countY; j++) sumY.add((midrank - (seenY + j)) ** 2);
    seenX += countX;
    seenY += countY;
  });
  return reference.length * sumX.value + current.length * sumY.value;
}

/** Anderson's standardisation (mean and variance of T, eq. 11 and 14) into the one-sample limit law. */
function asymptoticPValue(t: number, total: number, nx: number, ny: number, k: number): number {
  const mean = (1 + 1 / total) / 6;
  const variance =
    ((total + 1) * (4 * k * total - 3 * (nx ** 2 + ny ** 2) - 2 * k)) / (45 * total ** 2 * 4 * k);
  const normalised = 1 / 6 + (t - mean) / Math.sqrt(45 * variance);
  // SciPy: below 0.003 the limiting CDF is under 1.3e-18, so the p-value is 1.
  if (normalised < 0.003) return 1;
  return Math.max(0, 1 - cramerVonMisesLimitCdf(normalised));
}
