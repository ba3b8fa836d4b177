/**
 * `parent -= child`, in place: the histogram of a node's larger child is its parent's minus the
 * smaller child's (LightGBM's subtraction trick), so each split scans only the smaller child's rows.
 * Counts stay exact (integers in Float64); gradient sums carry only rounding error.
 */
export function subtractHistogram(parent: Float64Array, child: Float64Array): void {
  for (let i = 0; i < parent.length; i++) parent[i]! -= child[i]!;
}
