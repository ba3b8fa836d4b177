import { thresholdCounts } from './threshold-counts.js';

/**
 * Average precision of a binary scorer (label 1 positive) as scikit-learn defines it: the step sum
 * Σ (R_k − R_{k−1}) · P_k over distinct thresholds, highest first, with no interpolation (so it is
 * not the trapezoid area under the precision-recall curve). NaN when there is no positive.
 */
export function averagePrecision(yTrue: ArrayLike<number>, yScore: ArrayLike<number>): number {
  const { tps, fps, positives } = thresholdCounts('average_precision', yTrue, yScore);
  if (positives === 0) return Number.NaN;
  let sum = 0;
  let prevRecall = 0;
  for (let k = 0; k < tps.length; k++) {
    const tp = tps[k]!;
    const recallK = tp / positives;
    if (recallK !== prevRecall) sum += (recallK - prevRecall) * (tp / (tp + fps[k]!));
    prevRecall = recallK;
  }
  return sum;
}
