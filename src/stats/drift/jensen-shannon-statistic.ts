import { DriftOptionReader } from './drift-option-reader.js';
import type {
  DriftMeasurement,
  DriftOptions,
  NumericDriftInput,
  NumericDriftStatistic,
} from './drift-statistic.js';
import { insufficientData } from './insufficient-data.js';
import { jensenShannonDistance } from './jensen-shannon-distance.js';
import { readBinsOption } from './read-bins-option.js';
import { sharedHistogram } from './shared-histogram.js';

/**
 * Jensen-Shannon distance between a numeric column's two samples, on their shared histogram (equal-width
 * bins over the pooled range, Sturges' bin count by default; see `sharedHistogram`): Evidently's default
 * for numeric columns of large references is the normed Wasserstein distance, and Jensen-Shannon is its
 * default for categorical ones; both use threshold 0.1. Natural logarithm by default, so the distance
 * lies in [0, √ln 2 ≈ 0.83]; option `base` (for instance 2, giving [0, 1]). Option `bins`.
 * details: `edges`, `referenceShares`, `currentShares`.
 */
export const jensenShannonStatistic: NumericDriftStatistic = {
  name: 'jensenshannon',
  label: 'Jensen-Shannon distance',
  kind: 'numeric',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  options: {
    bins: 'sturges (default) or a number of equal-width bins over the pooled range',
    base: 'logarithm base, above 1 (default e)',
  },
  compute: jensenShannon,
};

function jensenShannon(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement {
  const reader = new DriftOptionReader('jensenshannon', options, ['bins', 'base']);
  const bins = readBinsOption(reader);
  const base = reader.raw('base') === undefined ? undefined : reader.number('base', Math.E, 1, true);
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
    statistic: jensenShannonDistance(histogram.referenceShares, histogram.currentShares, base),
    details: {
      edges: Array.from(histogram.edges),
      referenceShares: Array.from(histogram.referenceShares),
      currentShares: Array.from(histogram.currentShares),
    },
  };
}
