import { assertMetricInput } from './assert-metric-input.js';

/** Mean absolute error of a regression, in the target's unit; less sensitive to outliers than RMSE. */
export function meanAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertMetricInput('mae', yTrue, yPred);
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) sum += Math.abs(yTrue[i]! - yPred[i]!);
  return sum / yTrue.length;
}
