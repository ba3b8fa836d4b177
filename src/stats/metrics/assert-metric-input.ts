import { SextantError } from '../../core/sextant-error.js';

/**
 * Checks the arrays a metric compares: same non-zero length. Every metric calls it first so that a
 * caller's mistake (an empty window, misaligned predictions) is an INVALID_ARGUMENT naming the metric,
 * never a silent NaN.
 */
export function assertMetricInput(metric: string, yTrue: ArrayLike<number>, yOther: ArrayLike<number>): void {
  if (yTrue.length === 0) {
    throw new SextantError('INVALID_ARGUMENT', `${metric}: no samples to score`, { metric });
  }
  if (yTrue.length !== yOther.length) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `${metric}: ${yTrue.length} true values but ${yOther.length} predictions`,
      { metric, trueCount: yTrue.length, predictedCount: yOther.length },
    );
  }
}
