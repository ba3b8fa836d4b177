import { SextantError } from '../../core/sextant-error.js';
import { assertMetricInput } from './assert-metric-input.js';

/** The four cells of a binary confusion matrix, the positive class being 1. */
export interface BinaryCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

/**
 * Counts true/false positives and negatives of hard 0/1 predictions. Shared by precision, recall and
 * F1 so that they agree on what a positive is (label 1, as scikit-learn's default `pos_label=1`).
 */
export function binaryCounts(
  metric: string,
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
): BinaryCounts {
  assertMetricInput(metric, yTrue, yPred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i]!;
    const p = yPred[i]!;
    if ((t !== 0 && t !== 1) || (p !== 0 && p !== 1)) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `${metric}: binary labels must be 0 or 1, found ${t !== 0 && t !== 1 ? t : p} at ${i}`,
        {
          metric,
          index: i,
        },
      );
    }
    if (t === 1) {
      if (p === 1) tp++;
      else fn++;
    } else if (p === 1) fp++;
    else tn++;
  }
  return { tp, fp, fn, tn };
}
