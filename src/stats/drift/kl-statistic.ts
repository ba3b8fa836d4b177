import { DriftOptionReader } from './drift-option-reader.js';
import type {
  DriftMeasurement,
  DriftOptions,
  NumericDriftInput,
  NumericDriftStatistic,
} from './drift-statistic.js';
import { insufficientData } from './insufficient-data.js';
import { readBinsOption } from './read-bins-option.js';
import { sharedHistogram } from './shared-histogram.js';

/**
 * Kullback-Leibler divergence KL(reference ‖ current) = Σ pᵢ ln(pᵢ / qᵢ) on the shared histogram (the same
 * bins as `jensenshannon`; option `bins`), the direction Evidently's `kl_div` uses (`scipy.stats.entropy`
 * of reference against current). A bin empty on one side would make it infinite, so both sides' shares
 * are clipped to at least `epsilon` (option, default 1e-6) and renormalised to sum 1, as
 * `scipy.stats.entropy` normalises. Unbounded and asymmetric; threshold 0.1 as in Evidently.
 * details: `edges`, `referenceShares`, `currentShares` (before clipping).
 */
export const klStatistic: NumericDriftStatistic = {
  name: 'kl',
  label: 'Kullback-Leibler divergence',
  kind: 'numeric',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  options: {
    bins: 'sturges (default) or a number of equal-width bins over the pooled range',
    epsilon: 'floor on each share before the logarithm (default 1e-6)',
  },
  compute: kullbackLeibler,
};

function kullbackLeibler(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement {
  const reader = new DriftOptionReader('kl', options, ['bins', 'epsilon']);
  const bins = readBinsOption(reader);
  const epsilon = reader.number('epsilon', 1e-6, 0, true);
  const { reference, current } = input;
  if (reference.length === 0 || current.length === 0) {
    return insufficientData('distance', {
      minimum: 1,
      referenceSize: reference.length,
      currentSize: current.length,
    });
  }
  const histogram = sharedHistogram(reference, current, bins);
  const p = clipAndNormalise(histogram.referenceShares, epsilon);
  const q = clipAndNormalise(histogram.currentShares, epsilon);
  let divergence = 0;
  for (let i = 0; i < p.length; i++) divergence += p[i]! * Math.log(p[i]! / q[i]!);
  return {
    statistic: Math.max(divergence, 0),
    details: {
      edges: Array.from(histogram.edges),
      referenceShares: Array.from(histogram.referenceShares),
      currentShares: Array.from(histogram.currentShares),
    },
  };
}

function clipAndNormalise(shares: Float64Array, epsilon: number): Float64Array {
  const clipped = shares.map((share) => Math.max(share, epsilon));
  let total = 0;
  for (const share of clipped) total += share;
  return clipped.map((share) => share / total);
}
