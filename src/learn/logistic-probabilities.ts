/**
 * Class probabilities of one row from its linear scores (x · w per score column, before the
 * intercepts), written at `out[at..]`: with one score column the binary logistic [1 − p, p], as
 * scikit-learn gives it; with k > 1 the softmax. The one formula of every logistic prediction (the
 * matrix path and the one-row serving path), so both give the same bits.
 */
export function logisticProbabilities(
  scores: Float64Array,
  from: number,
  intercepts: Float64Array,
  out: Float64Array,
  at: number,
): void {
  const k = intercepts.length;
  if (k === 1) {
    const z = scores[from]! + intercepts[0]!;
    const e = Math.exp(-Math.abs(z));
    const p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    out[at] = 1 - p;
    out[at + 1] = p;
    return;
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < k; j++) max = Math.max(max, scores[from + j]! + intercepts[j]!);
  let total = 0;
  for (let j = 0; j < k; j++) {
    const e = Math.exp(scores[from + j]! + intercepts[j]! - max);
    out[at + j] = e;
    total += e;
  }
  for (let j = 0; j < k; j++) out[at + j]! /= total;
}
