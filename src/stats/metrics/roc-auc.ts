import { thresholdCounts } from './threshold-counts.js';

/**
 * Area under the ROC curve of a binary scorer (label 1 positive), by the trapezoid rule over the
 * distinct score thresholds, which is how scikit-learn's `roc_auc_score` handles ties (a tie between
 * a positive and a negative counts one half). NaN when the labels hold a single class, where
 * scikit-learn raises: a monitoring window of only negatives has no AUC, and NaN lets it say so.
 *
 * @example rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // 0.75
 */
export function rocAuc(yTrue: ArrayLike<number>, yScore: ArrayLike<number>): number {
  const { tps, fps, positives, negatives } = thresholdCounts('roc_auc', yTrue, yScore);
  if (positives === 0 || negatives === 0) return Number.NaN;
  // Twice the area in count units: sum of dFP * (TP_prev + TP) keeps every term an exact integer.
  let twiceArea = 0;
  let prevTp = 0;
  let prevFp = 0;
  for (let k = 0; k < tps.length; k++) {
    const tp = tps[k]!;
    const fp = fps[k]!;
    twiceArea += (fp - prevFp) * (tp + prevTp);
    prevTp = tp;
    prevFp = fp;
  }
  return twiceArea / (2 * positives * negatives);
}
