import { HISTOGRAM_LAYOUT } from './histogram-layout.js';
import type { SplitCandidate } from './split-candidate.js';

/** Constraints on a split, as scikit-learn's splitter has them. */
export interface SplitConstraints {
  readonly minSamplesLeaf: number;
  readonly l2Regularization: number;
  /** Smallest hessian sum a child may have; keeps leaf values -G/(H+λ) bounded. */
  readonly minHessian: number;
}

/**
 * Scans every feature's histogram for the bin threshold of largest gain G_L²/(H_L+λ) + G_R²/(H_R+λ)
 * - G²/(H+λ) (LightGBM, scikit-learn). Missing values are tried on both sides and the better one
 * is learned: a left-to-right scan sends them right, a right-to-left scan sends them left, and
 * "every value left, missing right" is a split of its own. When the node has no missing value of a
 * feature, unseen missing values later follow the child with more training rows.
 *
 * `nBins[f]` is the number of non-missing bins of feature f. Writes into `out`; gain 0 means no split
 * satisfies the constraints.
 */
export function findBestSplit(
  hist: Float64Array,
  nBins: Uint16Array,
  sumGrad: number,
  sumHess: number,
  count: number,
  constraints: SplitConstraints,
  out: SplitCandidate,
): void {
  const { minSamplesLeaf, l2Regularization: l2, minHessian } = constraints;
  const stride = HISTOGRAM_LAYOUT.featureStride;
  const missingSlot = HISTOGRAM_LAYOUT.missingBin * 3;
  const parentScore = (sumGrad * sumGrad) / (sumHess + l2);
  out.gain = 0;
  for (let f = 0; f < nBins.length; f++) {
    const base = f * stride;
    const nb = nBins[f]!;
    const missingCount = hist[base + missingSlot + 2]!;
    // Left to right, missing values right. With missing values, the last bin may go left too.
    const lastLeft = missingCount > 0 ? nb - 1 : nb - 2;
    let gl = 0;
    let hl = 0;
    let cl = 0;
    for (let b = 0; b <= lastLeft; b++) {
      const k = base + b * 3;
      gl += hist[k]!;
      hl += hist[k + 1]!;
      cl += hist[k + 2]!;
      const cr = count - cl;
      if (cl < minSamplesLeaf) continue;
      if (cr < minSamplesLeaf) break;
      const hr = sumHess - hl;
      if (hl < minHessian || hr < minHessian) continue;
      const gr = sumGrad - gl;
      const gain = (gl * gl) / (hl + l2) + (gr * gr) / (hr + l2) - parentScore;
      if (gain > out.gain) {
        // Without missing values here, unseen ones follow the bigger child.
        record(out, gain, f, b, missingCount > 0 ? false : cl >= cr, gl, hl, cl);
      }
    }
    if (missingCount === 0) continue;
    // Right to left, missing values left.
    let gr = 0;
    let hr = 0;
    let cr = 0;
    for (let b = nb - 1; b >= 1; b--) {
      const k = base + b * 3;
      gr += hist[k]!;
      hr += hist[k + 1]!;
      cr += hist[k + 2]!;
      const cLeft = count - cr;
      if (cr < minSamplesLeaf) continue;
      if (cLeft < minSamplesLeaf) break;
      const hLeft = sumHess - hr;
      if (hr < minHessian || hLeft < minHessian) continue;
      const gLeft = sumGrad - gr;
      const gain = (gLeft * gLeft) / (hLeft + l2) + (gr * gr) / (hr + l2) - parentScore;
      if (gain > out.gain) record(out, gain, f, b - 1, true, gLeft, hLeft, cLeft);
    }
  }
}

function record(
  out: SplitCandidate,
  gain: number,
  feature: number,
  bin: number,
  missingLeft: boolean,
  leftGrad: number,
  leftHess: number,
  leftCount: number,
): void {
  out.gain = gain;
  out.feature = feature;
  out.bin = bin;
  out.missingLeft = missingLeft;
  out.leftGrad = leftGrad;
  out.leftHess = leftHess;
  out.leftCount = leftCount;
}
