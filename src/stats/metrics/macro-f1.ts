import { assertMetricInput } from './assert-metric-input.js';

/**
 * Macro-averaged F1 of class indices: the unweighted mean of each class's one-vs-rest F1, over the
 * classes present in the truth or the predictions (scikit-learn's `f1_score(average="macro")`, whose
 * label set is the union of both). A rare class weighs as much as a common one, which is the point.
 */
export function macroF1(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertMetricInput('f1_macro', yTrue, yPred);
  const counts = new Map<number, { tp: number; fp: number; fn: number }>();
  const cell = (label: number) => {
    let c = counts.get(label);
    if (c === undefined) {
      c = { tp: 0, fp: 0, fn: 0 };
      counts.set(label, c);
    }
    return c;
  };
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i]!;
    const p = yPred[i]!;
    if (t === p) cell(t).tp++;
    else {
      cell(t).fn++;
      cell(p).fp++;
    }
  }
  let sum = 0;
  for (const { tp, fp, fn } of counts.values()) sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return sum / counts.size;
}
