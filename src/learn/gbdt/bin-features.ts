import { HISTOGRAM_LAYOUT } from './histogram-layout.js';

/**
 * Maps raw values to bin indices, column-major: bin of (row i of `rows`, feature f) at
 * `f * rows.length + i`. Column-major because histogram building walks one feature at a time, and
 * Uint8 because 256 bins are enough and a 1M-row column then fits in cache (1 MB instead of 8).
 *
 * Value v falls in the first bin whose upper edge is >= v (edges from `fitBinThresholds`); NaN goes
 * to the missing bin. `x` is row-major with `nCols` columns. Writes into `out` (rows.length * nCols
 * bytes, which may live on a SharedArrayBuffer for worker threads) and returns it.
 */
export function binFeatures(
  x: Float64Array,
  nCols: number,
  rows: Uint32Array,
  thresholds: readonly Float64Array[],
  out: Uint8Array,
): Uint8Array {
  const n = rows.length;
  const bins = out;
  const missing = HISTOGRAM_LAYOUT.missingBin;
  // Rows outer, features inner: x is row-major, so this reads it once, front to back.
  for (let i = 0; i < n; i++) {
    const base = rows[i]! * nCols;
    for (let f = 0; f < nCols; f++) {
      const v = x[base + f]!;
      bins[f * n + i] = Number.isNaN(v) ? missing : searchBin(thresholds[f]!, v);
    }
  }
  return bins;
}

/**
 * Index of the first edge >= v (the number of edges below v), or edges.length when v is above every
 * edge. Branch-free binary search: the data decides each step at random, so a branching search
 * mispredicts about half of its 8 steps (measured 2.7x slower).
 */
function searchBin(edges: Float64Array, v: number): number {
  let base = 0;
  let size = edges.length;
  while (size > 1) {
    const half = size >>> 1;
    // -(true) is -1, all bits set: adds `half` exactly when the edge is below v.
    base += half & -(edges[base + half - 1]! < v);
    size -= half;
  }
  return size === 1 && edges[base]! < v ? base + 1 : base;
}
