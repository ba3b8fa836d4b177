import { CompensatedSum } from '../math/compensated-sum.js';
import { cdfDistance } from './cdf-distance.js';
import { DriftOptionReader } from './drift-option-reader.js';
import type {
  DriftMeasurement,
  DriftOptions,
  NumericDriftInput,
  NumericDriftStatistic,
} from './drift-statistic.js';
import { insufficientData } from './insufficient-data.js';

/** Evidently's floor on the reference standard deviation, so a constant reference does not divide by 0. */
const STD_FLOOR = 0.001;

/**
 * Wasserstein-1 distance divided by the reference's population standard deviation (ddof = 0):
 * Evidently's default test for numeric columns with over 1000 reference rows, threshold 0.1, i.e. drift
 * when the distributions are a tenth of a standard deviation apart. As in Evidently the divisor is at
 * least 0.001: a constant reference gives W₁ / 0.001 (0 when the current sample holds the same constant).
 * details: `wasserstein` (raw W₁), `referenceStd`, `divisor`.
 */
export const wassersteinNormStatistic: NumericDriftStatistic = {
  name: 'wasserstein_norm',
  label: 'Wasserstein distance (normed)',
  kind: 'numeric',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  compute: wassersteinNorm,
};

function wassersteinNorm(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement {
  new DriftOptionReader('wasserstein_norm', options, []);
  const { reference, current } = input;
  if (reference.length === 0 || current.length === 0) {
    return insufficientData('distance', {
      minimum: 1,
      referenceSize: reference.length,
      currentSize: current.length,
    });
  }
  const wasserstein = cdfDistance(reference, current, 1);
  const referenceStd = populationStd(reference);
  const divisor = Math.max(referenceStd, STD_FLOOR);
  return { statistic: wasserstein / divisor, details: { wasserstein, referenceStd, divisor } };
}

/** √(Σ (x − mean)² / n), two passes with compensated sums (NumPy's `np.std`). */
function populationStd(values: Float64Array): number {
  const sum = new CompensatedSum();
  for (const value of values) sum.add(value);
  const mean = sum.value / values.length;
  const squares = new CompensatedSum();
  for (const value of values) squares.add((value - mean) ** 2);
  return Math.sqrt(squares.value / values.length);
}
