import type { NumericHistogram } from './drift-report.js';

/** Histograms span this share of values on each side; the tails count in the end bins. */
const TAIL = 0.005;

/**
 * Histograms of two sorted samples on shared, equal-width bins from the 0.5th to the 99.5th
 * percentile over both sides (so that one outlier cannot squash every other bin), as shares of
 * each side rounded to 6 decimals; values beyond the ends count in the end bins. Binary searches
 * on the sorted values: O(bins · log n). An empty side gets zero shares.
 *
 * @example numericHistogram(Float64Array.of(1, 2, 3), Float64Array.of(2, 3, 4), 2).edges // [1.01, 2.5, 3.99]
 */
export function numericHistogram(
  reference: Float64Array,
  current: Float64Array,
  bins: number,
): NumericHistogram {
  const sides = [reference, current].filter((side) => side.length > 0);
  const low = Math.min(...sides.map((side) => quantile(side, TAIL)));
  const high = Math.max(...sides.map((side) => quantile(side, 1 - TAIL)));
  const count = high > low ? Math.max(1, Math.floor(bins)) : 1;
  const edges = Array.from({ length: count + 1 }, (_, i) =>
    i === count ? high : low + ((high - low) * i) / count,
  );
  return { kind: 'numeric', edges, reference: shares(reference, edges), current: shares(current, edges) };
}

function quantile(sorted: Float64Array, p: number): number {
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** Count of values strictly below `x`. */
function countBelow(sorted: Float64Array, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < x) low = middle + 1;
    else high = middle;
  }
  return low;
}

function shares(sorted: Float64Array, edges: readonly number[]): number[] {
  const n = sorted.length;
  const result: number[] = [];
  let previous = 0;
  for (let bin = 1; bin < edges.length; bin++) {
    const below = bin === edges.length - 1 ? n : countBelow(sorted, edges[bin]!);
    result.push(n === 0 ? 0 : Math.round(((below - previous) / n) * 1e6) / 1e6);
    previous = below;
  }
  return result;
}
