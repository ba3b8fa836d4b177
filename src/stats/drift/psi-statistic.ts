import { linearQuantile } from '../math/linear-quantile.js';
import { countInBins } from './count-in-bins.js';
import { DriftOptionReader } from './drift-option-reader.js';
import type {
  DriftMeasurement,
  DriftOptions,
  NumericDriftInput,
  NumericDriftStatistic,
} from './drift-statistic.js';
import { insufficientData } from './insufficient-data.js';

/** Shares are clipped to [SHARE_FLOOR, 1] before the logarithm, as in the seeds. */
const SHARE_FLOOR = 1e-6;

/**
 * Population Stability Index of a numeric column, exactly the seeds' definition
 * (seeds/monitoring-and-retraining.md):
 *
 *   edges = unique(quantile(reference, linspace(0, 1, buckets + 1)))    (NumPy's linear quantiles)
 *   shares = histogram(x, edges) / max(in-range count, 1), clipped to [1e-6, 1]
 *   PSI = Σ (current − reference) × ln(current / reference)
 *
 * Values of the current sample outside the reference's [min, max] fall in no bucket (NumPy's histogram),
 * so the shares are of the in-range values; `currentBelowRange` / `currentAboveRange` in the details say
 * how many were left out. A constant reference has a single edge, where NumPy makes no bucket and PSI
 * would be 0 whatever the current data; here it makes one closed bucket [v, v] instead, so a current
 * sample without v scores ≈ 13.8 (drift). Option `buckets` (default 10). Thresholds: drift and WARN
 * from 0.1, FAIL from 0.25 (the seeds' rule of thumb).
 * details: `edges`, `referenceShares`, `currentShares` (clipped, as used), the out-of-range counts.
 */
export const psiStatistic: NumericDriftStatistic = {
  name: 'psi',
  label: 'Population Stability Index',
  kind: 'numeric',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  failThreshold: 0.25,
  options: { buckets: 'number of reference quantile buckets (default 10)' },
  compute: populationStabilityIndex,
};

function populationStabilityIndex(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement {
  const buckets = new DriftOptionReader('psi', options, ['buckets']).integer('buckets', 10, 1);
  const { reference, current } = input;
  if (reference.length === 0 || current.length === 0) {
    return insufficientData('distance', {
      minimum: 1,
      referenceSize: reference.length,
      currentSize: current.length,
    });
  }
  const edges = quantileEdges(reference, buckets);
  const referenceBins = countInBins(reference, edges);
  const currentBins = countInBins(current, edges);
  const referenceShares = clippedShares(referenceBins.counts);
  const currentShares = clippedShares(currentBins.counts);
  let psi = 0;
  for (let i = 0; i < referenceShares.length; i++) {
    const expected = referenceShares[i]!;
    const actual = currentShares[i]!;
    psi += (actual - expected) * Math.log(actual / expected);
  }
  return {
    statistic: psi,
    details: {
      edges: Array.from(edges),
      referenceShares: Array.from(referenceShares),
      currentShares: Array.from(currentShares),
      currentBelowRange: currentBins.below,
      currentAboveRange: currentBins.above,
    },
  };
}

/** NumPy's unique(quantile(reference, linspace(0, 1, buckets + 1))): i × (1/buckets), the last exactly 1. */
function quantileEdges(reference: Float64Array, buckets: number): Float64Array {
  const step = 1 / buckets;
  const quantiles = new Float64Array(buckets + 1);
  for (let i = 0; i <= buckets; i++) quantiles[i] = linearQuantile(reference, i === buckets ? 1 : i * step);
  quantiles.sort();
  const edges: number[] = [];
  for (const edge of quantiles) if (edges.length === 0 || edge !== edges[edges.length - 1]) edges.push(edge);
  if (edges.length === 1) edges.push(edges[0]!);
  return Float64Array.from(edges);
}

function clippedShares(counts: Float64Array): Float64Array {
  let total = 0;
  for (const count of counts) total += count;
  const divisor = Math.max(total, 1);
  return counts.map((count) => Math.min(1, Math.max(SHARE_FLOOR, count / divisor)));
}
