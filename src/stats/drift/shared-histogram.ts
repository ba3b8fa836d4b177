import { countInBins } from './count-in-bins.js';

/** Both samples binned on the same edges, as shares of each side's size. */
export interface SharedHistogram {
  readonly edges: Float64Array;
  readonly referenceShares: Float64Array;
  readonly currentShares: Float64Array;
}

/**
 * The shared histogram behind the numeric Jensen-Shannon, Hellinger and KL statistics: equal-width bins
 * over the pooled range [min, max] of both samples, each side's counts divided by its own size.
 *
 * With `bins = 'sturges'` (the default, as Evidently bins numeric columns) the bin count and edges are
 * exactly `np.histogram_bin_edges(np.concatenate([reference, current]), bins='sturges')`:
 * width = range / (log₂(n + m) + 1), ⌈range / width⌉ bins, edges by `np.linspace`; a constant pooled sample
 * gets one bin [v − ½, v + ½] as in NumPy. A number of bins may be given instead. Bins are half-open except
 * the last, as in `np.histogram`; every value falls in a bin since the edges span both samples.
 *
 * Both inputs must be ascending and non-empty.
 */
export function sharedHistogram(
  reference: Float64Array,
  current: Float64Array,
  bins: number | 'sturges' = 'sturges',
): SharedHistogram {
  const minimum = Math.min(reference[0]!, current[0]!);
  const maximum = Math.max(reference[reference.length - 1]!, current[current.length - 1]!);
  const [first, last] = minimum === maximum ? [minimum - 0.5, maximum + 0.5] : [minimum, maximum];
  let count = bins === 'sturges' ? 1 : bins;
  if (bins === 'sturges') {
    // NumPy takes the width from the data's range and the count from the (possibly widened) edges.
    const width = (maximum - minimum) / (Math.log2(reference.length + current.length) + 1);
    if (width > 0) count = Math.ceil((last - first) / width);
  }
  const edges = linspace(first, last, count + 1);
  return {
    edges,
    referenceShares: shares(countInBins(reference, edges).counts, reference.length),
    currentShares: shares(countInBins(current, edges).counts, current.length),
  };
}

/** `np.linspace(start, stop, num)`: start + i × step, the last point set to stop exactly. */
function linspace(start: number, stop: number, num: number): Float64Array {
  const points = new Float64Array(num);
  const step = (stop - start) / (num - 1);
  for (let i = 0; i < num; i++) points[i] = i * step + start;
  points[num - 1] = stop;
  return points;
}

function shares(counts: Float64Array, size: number): Float64Array {
  return counts.map((c) => c / size);
}
