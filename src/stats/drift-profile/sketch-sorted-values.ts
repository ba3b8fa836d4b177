/**
 * A quantile sketch of sorted values: at most `maxValues` of them, evenly spaced by rank, first
 * and last included (value i is the one at rank round(i · (n − 1) / (m − 1))). Returns `sorted`
 * itself when it is short enough.
 *
 * Error it implies: the sketch's empirical distribution function is within 1 / (m − 1) of the
 * full one everywhere, so a Kolmogorov-Smirnov statistic against it is within 1 / (m − 1) of the
 * exact one (1e-5 at the default 100 000 values), quantile buckets (PSI) move by at most that share
 * of values, and a Wasserstein distance by at most (max − min) / (m − 1). P-values computed
 * against a sketch use m values as the reference size, so they are conservative (too large).
 *
 * @example sketchSortedValues(Float64Array.of(1, 2, 3, 4, 5), 3) // Float64Array [1, 3, 5]
 */
export function sketchSortedValues(sorted: Float64Array, maxValues: number): Float64Array {
  const n = sorted.length;
  const m = Math.max(2, Math.floor(maxValues));
  if (n <= m) return sorted;
  const sketch = new Float64Array(m);
  for (let i = 0; i < m; i++) sketch[i] = sorted[Math.round((i * (n - 1)) / (m - 1))]!;
  return sketch;
}
