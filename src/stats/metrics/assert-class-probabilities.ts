import { SextantError } from '../../core/sextant-error.js';
import { assertMetricInput } from './assert-metric-input.js';

/**
 * Checks multiclass metric input: class indices 0..K−1 and a row-major n × K probability matrix
 * (`proba[i * K + k]` is the probability that sample i is class k, the layout of `predictProba`).
 */
export function assertClassProbabilities(
  metric: string,
  yTrue: ArrayLike<number>,
  proba: ArrayLike<number>,
  classCount: number,
): void {
  if (!Number.isInteger(classCount) || classCount < 2) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `${metric}: classCount must be an integer of at least 2, got ${classCount}`,
    );
  }
  assertMetricInput(metric, yTrue, { length: proba.length / classCount });
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i]!;
    if (!Number.isInteger(t) || t < 0 || t >= classCount) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `${metric}: labels must be class indices 0..${classCount - 1}, found ${t} at ${i}`,
        {
          metric,
          index: i,
        },
      );
    }
  }
}
