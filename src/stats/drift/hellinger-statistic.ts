import { DriftOptionReader } from './drift-option-reader.js';
import type {
  DriftMeasurement,
  DriftOptions,
  NumericDriftInput,
  NumericDriftStatistic,
} from './drift-statistic.js';
import { hellingerDistance } from './hellinger-distance.js';
import { insufficientData } from './insufficient-data.js';
import { readBinsOption } from './read-bins-option.js';
import { sharedHistogram } from './shared-histogram.js';

/**
 * Hellinger distance between a numeric column's two samples on their shared histogram (the same bins as
 * `jensenshannon`; option `bins`), in [0, 1]; threshold 0.1 as in Evidently.
 * details: `edges`, `referenceShares`, `currentShares`.
 */
export const hellingerStatistic: NumericDriftStatistic = {
  name: 'hellinger',
  label: 'Hellinger distance',
  kind: 'numeric',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  options: { bins: 'sturges (default) or a number of equal-width bins over the pooled range' },
  compute: hellinger,
};

function hellinger(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement {
  const bins = readBinsOption(new DriftOptionReader('hellinger', options, ['bins']));
  const { reference, current } = input;
  if (reference.length === 0 || current.length === 0) {
    return insufficientData('distance', {
      minimum: 1,
      referenceSize: reference.length,
      currentSize: current.length,
    });
  }
  const histogram = sharedHistogram(reference, current, bins);
  return {
    statistic: hellingerDistance(histogram.referenceShares, histogram.currentShares),
    details: {
      edges: Array.from(histogram.edges),
      referenceShares: Array.from(histogram.referenceShares),
      currentShares: Array.from(histogram.currentShares),
    },
  };
}
