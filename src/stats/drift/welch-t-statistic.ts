import { CompensatedSum } from '../math/compensated-sum.js';
import { studentTSf } from '../math/student-t-sf.js';
import { DriftOptionReader } from './drift-option-reader.js';
import type {
  DriftMeasurement,
  DriftOptions,
  NumericDriftInput,
  NumericDriftStatistic,
} from './drift-statistic.js';
import { insufficientData } from './insufficient-data.js';

/**
 * Welch's unequal-variances t-test, two-sided, as `scipy.stats.ttest_ind(reference, current,
 * equal_var=False)`: t = (x̄_ref − x̄_cur) / √(s²_ref/n_ref + s²_cur/n_cur) with sample variances (ddof = 1),
 * Welch-Satterthwaite degrees of freedom, p = 2 P(T > |t|). Positive t means the reference mean is larger.
 * A test of means only: a change of spread or shape with the same mean goes unseen. Needs 2 values per
 * side. When both sides are constant, SciPy gives NaN for equal constants; here that is statistic 0,
 * p-value 1 (no drift), and different constants give ±∞ and 0 as in SciPy. Threshold 0.05.
 * details: `degreesOfFreedom`, `referenceMean`, `currentMean`.
 */
export const welchTStatistic: NumericDriftStatistic = {
  name: 'welch_t',
  label: "Welch's t-test",
  kind: 'numeric',
  scoreKind: 'p_value',
  defaultThreshold: 0.05,
  compute: welchT,
};

function welchT(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement {
  new DriftOptionReader('welch_t', options, []);
  const { reference, current } = input;
  const n1 = reference.length;
  const n2 = current.length;
  if (n1 < 2 || n2 < 2)
    return insufficientData('p_value', { minimum: 2, referenceSize: n1, currentSize: n2 });
  const [referenceMean, referenceVariance] = meanAndVariance(reference);
  const [currentMean, currentVariance] = meanAndVariance(current);
  const share1 = referenceVariance / n1;
  const share2 = currentVariance / n2;
  const difference = referenceMean - currentMean;
  if (share1 + share2 === 0) {
    return difference === 0
      ? {
          statistic: 0,
          pValue: 1,
          details: { note: 'both samples are constant and equal', referenceMean, currentMean },
        }
      : {
          statistic: difference > 0 ? Infinity : -Infinity,
          pValue: 0,
          details: { referenceMean, currentMean },
        };
  }
  const statistic = difference / Math.sqrt(share1 + share2);
  const degreesOfFreedom = (share1 + share2) ** 2 / (share1 ** 2 / (n1 - 1) + share2 ** 2 / (n2 - 1));
  const pValue = Math.min(1, 2 * studentTSf(Math.abs(statistic), degreesOfFreedom));
  return { statistic, pValue, details: { degreesOfFreedom, referenceMean, currentMean } };
}

/** Mean and sample variance (ddof = 1) in two compensated passes. */
function meanAndVariance(values: Float64Array): [number, number] {
  const sum = new CompensatedSum();
  for (const value of values) sum.add(value);
  const mean = sum.value / values.length;
  const squares = new CompensatedSum();
  for (const value of values) squares.add((value - mean) ** 2);
  return [mean, squares.value / (values.length - 1)];
}
