import { cdfDistance } from './cdf-distance.js';
import { DriftOptionReader } from './drift-option-reader.js';
import type {
  DriftMeasurement,
  DriftOptions,
  NumericDriftInput,
  NumericDriftStatistic,
} from './drift-statistic.js';
import { insufficientData } from './insufficient-data.js';

/**
 * Wasserstein-1 (earth mover's) distance between the two samples, in the column's own units:
 * ∫ |F(x) − G(x)| dx, as `scipy.stats.wasserstein_distance(reference, current)`. Because its scale is the
 * column's, the default threshold 0.1 only suits columns of unit scale; `wasserstein_norm` is the
 * scale-free variant Evidently uses by default.
 */
export const wassersteinStatistic: NumericDriftStatistic = {
  name: 'wasserstein',
  label: 'Wasserstein distance',
  kind: 'numeric',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  compute: wasserstein,
};

function wasserstein(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement {
  new DriftOptionReader('wasserstein', options, []);
  const { reference, current } = input;
  if (reference.length === 0 || current.length === 0) {
    return insufficientData('distance', {
      minimum: 1,
      referenceSize: reference.length,
      currentSize: current.length,
    });
  }
  return { statistic: cdfDistance(reference, current, 1) };
}
