import { assertClassProbabilities } from './assert-class-probabilities.js';
import { rocAuc } from './roc-auc.js';

/**
 * One-vs-rest macro ROC AUC of a row-major n × K probability matrix: the mean over classes of the
 * binary AUC of "class k" against the rest scored by column k (scikit-learn's
 * `roc_auc_score(multi_class="ovr", average="macro")`). A class absent from the truth, where
 * scikit-learn raises, is left out of the mean; NaN when no class is scorable.
 */
export function ovrMacroRocAuc(
  yTrue: ArrayLike<number>,
  proba: ArrayLike<number>,
  classCount: number,
): number {
  assertClassProbabilities('roc_auc_ovr', yTrue, proba, classCount);
  const n = yTrue.length;
  const isClass = new Uint8Array(n);
  const scores = new Float64Array(n);
  let sum = 0;
  let scored = 0;
  for (let k = 0; k < classCount; k++) {
    for (let i = 0; i < n; i++) {
      isClass[i] = yTrue[i] === k ? 1 : 0;
      scores[i] = proba[i * classCount + k]!;
    }
    const auc = rocAuc(isClass, scores);
    if (!Number.isNaN(auc)) {
      sum += auc;
      scored++;
    }
  }
  return scored === 0 ? Number.NaN : sum / scored;
}
