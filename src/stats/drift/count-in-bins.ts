/** Counts of ascending values per bin, and of values left of the first edge and right of the last. */
export interface BinCounts {
  readonly counts: Float64Array;
  readonly below: number;
  readonly above: number;
}

/**
 * Counts ascending `sorted` values into the bins of ascending `edges` the way `np.histogram(x, bins=edges)`
 * does: bins are half-open [eᵢ, eᵢ₊₁) except the last, which is closed; values outside [e₀, e_last] fall in
 * no bin and are returned as `below` and `above`. One pass over values and edges, O(n + bins).
 *
 * Two equal edges make one closed bin holding exactly the values equal to them (used for a constant
 * reference column, where NumPy would have no bin at all).
 *
 * @example countInBins(Float64Array.of(0, 1, 1, 2, 5), Float64Array.of(1, 2, 3)) // counts [2, 1], below 1, above 1
 */
export function countInBins(sorted: Float64Array, edges: Float64Array): BinCounts {
  const bins = Math.max(edges.length - 1, 0);
  const counts = new Float64Array(bins);
  const n = sorted.length;
  let i = 0;
  while (i < n && sorted[i]! < edges[0]!) i++;
  const below = i;
  for (let bin = 0; bin < bins; bin++) {
    const upper = edges[bin + 1]!;
    const start = i;
    if (bin < bins - 1) while (i < n && sorted[i]! < upper) i++;
    else while (i < n && sorted[i]! <= upper) i++;
    counts[bin] = i - start;
  }
  return { counts, below, above: n - i };
}
