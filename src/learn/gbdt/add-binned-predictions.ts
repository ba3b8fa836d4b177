import type { GbdtTree } from './gbdt-tree.js';
import { HISTOGRAM_LAYOUT } from './histogram-layout.js';

/**
 * Adds a tree's leaf values to `raw` for rows that are already binned (column-major, `nRows` per
 * column), comparing bin indices instead of raw thresholds. Used for the validation rows during
 * training, which are binned once up front, so scoring them per iteration costs one tree walk per row.
 */
export function addBinnedPredictions(
  tree: GbdtTree,
  binThreshold: Uint8Array,
  bins: Uint8Array,
  nRows: number,
  raw: Float64Array,
): void {
  const { feature, missingLeft, left, right, value } = tree;
  const missing = HISTOGRAM_LAYOUT.missingBin;
  for (let i = 0; i < nRows; i++) {
    let node = 0;
    let f = feature[0]!;
    while (f >= 0) {
      const b = bins[f * nRows + i]!;
      const goLeft = b === missing ? missingLeft[node] === 1 : b <= binThreshold[node]!;
      node = goLeft ? left[node]! : right[node]!;
      f = feature[node]!;
    }
    raw[i]! += value[node]!;
  }
}
