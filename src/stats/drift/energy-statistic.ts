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
 * Energy distance between the two samples, as `scipy.stats.energy_distance(reference, current)`:
 * √(2 E|X − Y| − E|X − X'| − E|Y − Y'|), which in one dimension equals √(2 ∫ (F(x) − G(x))² dx)
 * (Székely & Rizzo 2013), computed that way in O(n + m) on the sorted samples. In the column's units;
 * threshold 0.1 as in Evidently.
 */
export const energyStatistic: NumericDriftStatistic = {
  name: 'energy',
  label: 'Energy distance',
  kind: 'numeric',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  compute: energyDistance,
};

function energyDistance(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement {
  new DriftOptionReader('energy', options, []);
  const { reference, current } = input;
  if (reference.length === 0 || current.length === 0) {
    return insufficientData('distance', {
      minimum: 1,
      referenceSize: reference.length,
      currentSize: current.length,
    });
  }
  // SciPy: √2 × √(∫ (F − G)²); the same as √(2 ∫ (F − G)²) up to one rounding.
  return { statistic: Math.SQRT2 * Math.sqrt(cdfDistance(reference, current, 2)) };
}
