/**
 * The best split found for a node, filled in place by `findBestSplit` (no allocation per node).
 * Rows with bin <= `bin` go left; rows with a missing value go left when `missingLeft`.
 */
export interface SplitCandidate {
  /** Loss decrease of the split, G_L²/(H_L+λ) + G_R²/(H_R+λ) - G²/(H+λ); 0 when nothing splits. */
  gain: number;
  feature: number;
  bin: number;
  missingLeft: boolean;
  /** Gradient sum, hessian sum and row count of the left child. */
  leftGrad: number;
  leftHess: number;
  leftCount: number;
}
