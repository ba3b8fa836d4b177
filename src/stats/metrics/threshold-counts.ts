import { SextantError } from '../../core/sextant-error.js';
import { assertMetricInput } from './assert-metric-input.js';

/** Cumulative counts of a binary scorer, one entry per distinct score, highest score first. */
export interface ThresholdCounts {
  /** True positives among samples scoring at least each threshold. */
  readonly tps: Float64Array;
  /** False positives among samples scoring at least each threshold. */
  readonly fps: Float64Array;
  /** Positives (label 1) in the data. */
  readonly positives: number;
  /** Negatives (label 0) in the data. */
  readonly negatives: number;
}

/**
 * The ROC / precision-recall curve points of scikit-learn's `_binary_clf_curve`: one point per
 * distinct score, so tied scores move the curve diagonally (the tie rule ROC AUC and average
 * precision both need). Why two sorted arrays instead of one argsort: typed-array sort is native
 * and allocation-free, a comparator sort of indices is several times slower on large windows.
 */
export function thresholdCounts(
  metric: string,
  yTrue: ArrayLike<number>,
  yScore: ArrayLike<number>,
): ThresholdCounts {
  assertMetricInput(metric, yTrue, yScore);
  let positives = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i];
    if (t === 1) positives++;
    else if (t !== 0) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `${metric}: binary labels must be 0 or 1, found ${t} at ${i}`,
        {
          metric,
          index: i,
        },
      );
    }
    if (Number.isNaN(yScore[i])) {
      throw new SextantError('INVALID_ARGUMENT', `${metric}: score ${i} is NaN`, { metric, index: i });
    }
  }
  const negatives = yTrue.length - positives;
  const pos = new Float64Array(positives);
  const neg = new Float64Array(negatives);
  for (let i = 0, p = 0, n = 0; i < yTrue.length; i++) {
    if (yTrue[i] === 1) pos[p++] = yScore[i]!;
    else neg[n++] = yScore[i]!;
  }
  pos.sort();
  neg.sort();
  const tps = new Float64Array(yTrue.length);
  const fps = new Float64Array(yTrue.length);
  let i = positives - 1;
  let j = negatives - 1;
  let count = 0;
  while (i >= 0 || j >= 0) {
    const threshold = i < 0 ? neg[j]! : j < 0 ? pos[i]! : Math.max(pos[i]!, neg[j]!);
    while (i >= 0 && pos[i] === threshold) i--;
    while (j >= 0 && neg[j] === threshold) j--;
    tps[count] = positives - 1 - i;
    fps[count] = negatives - 1 - j;
    count++;
  }
  return { tps: tps.subarray(0, count), fps: fps.subarray(0, count), positives, negatives };
}
