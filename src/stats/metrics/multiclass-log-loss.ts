import { assertClassProbabilities } from './assert-class-probabilities.js';
import { FLOAT64_EPSILON } from './float64-epsilon.js';

/**
 * Multiclass cross-entropy in nats of a row-major n × K probability matrix against class indices,
 * as scikit-learn's `log_loss`: each probability clipped to [ε, 1 − ε], each row renormalized to sum
 * to 1, the negative log of the true class's probability averaged over samples.
 */
export function multiclassLogLoss(
  yTrue: ArrayLike<number>,
  proba: ArrayLike<number>,
  classCount: number,
): number {
  assertClassProbabilities('log_loss', yTrue, proba, classCount);
  const clip = (p: number) => Math.min(Math.max(p, FLOAT64_EPSILON), 1 - FLOAT64_EPSILON);
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const row = i * classCount;
    let total = 0;
    for (let k = 0; k < classCount; k++) total += clip(proba[row + k]!);
    sum -= Math.log(clip(proba[row + yTrue[i]!]!) / total);
  }
  return sum / yTrue.length;
}
