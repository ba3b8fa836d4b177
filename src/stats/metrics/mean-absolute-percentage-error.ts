import { assertMetricInput } from './assert-metric-input.js';
import { FLOAT64_EPSILON } from './float64-epsilon.js';

/**
 * Mean absolute percentage error as a fraction (0.14 means 14 %), as scikit-learn computes it:
 * |y − ŷ| / max(|y|, ε) with ε the float64 epsilon, so a zero truth gives a huge but finite term.
 */
export function meanAbsolutePercentageError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertMetricInput('mape', yTrue, yPred);
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    sum += Math.abs(yTrue[i]! - yPred[i]!) / Math.max(Math.abs(yTrue[i]!), FLOAT64_EPSILON);
  }
  return sum / yTrue.length;
}
