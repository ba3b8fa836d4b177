import { accuracy } from '../stats/metrics/accuracy.js';
import { averagePrecision } from '../stats/metrics/average-precision.js';
import { brierScore } from '../stats/metrics/brier-score.js';
import { f1Score } from '../stats/metrics/f1-score.js';
import { logLoss } from '../stats/metrics/log-loss.js';
import { macroF1 } from '../stats/metrics/macro-f1.js';
import { meanAbsoluteError } from '../stats/metrics/mean-absolute-error.js';
import { meanAbsolutePercentageError } from '../stats/metrics/mean-absolute-percentage-error.js';
import { multiclassLogLoss } from '../stats/metrics/multiclass-log-loss.js';
import { ovrMacroRocAuc } from '../stats/metrics/ovr-macro-roc-auc.js';
import { precision } from '../stats/metrics/precision.js';
import { r2Score } from '../stats/metrics/r2-score.js';
import { recall } from '../stats/metrics/recall.js';
import { rocAuc } from '../stats/metrics/roc-auc.js';
import { rootMeanSquaredError } from '../stats/metrics/root-mean-squared-error.js';
import type { ModelTask } from './model-signature.js';

/** The metric each task is judged by first (the promotion gate and `runs list` headline use it). */
export const PRIMARY_METRIC: Record<ModelTask, string> = {
  binary: 'roc_auc',
  multiclass: 'f1_macro',
  regression: 'rmse',
};

/**
 * Scores predictions against the truth with the task's metrics: binary accuracy, precision, recall,
 * F1, ROC AUC, average precision, log loss, Brier; multiclass accuracy, macro F1, log loss, one-vs-rest
 * macro AUC; regression RMSE, MAE, R², MAPE. `scores` is what {@link TrainedModel.predict} returns.
 */
export function evaluatePredictions(
  task: ModelTask,
  yTrue: Float64Array,
  scores: Float64Array,
  classCount: number,
): Record<string, number> {
  const n = yTrue.length;
  if (task === 'regression') {
    return {
      rmse: rootMeanSquaredError(yTrue, scores),
      mae: meanAbsoluteError(yTrue, scores),
      r2: r2Score(yTrue, scores),
      mape: meanAbsolutePercentageError(yTrue, scores),
    };
  }
  const predicted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let k = 1; k < classCount; k++)
      if (scores[i * classCount + k]! > scores[i * classCount + best]!) best = k;
    predicted[i] = best;
  }
  if (task === 'multiclass') {
    return {
      accuracy: accuracy(yTrue, predicted),
      f1_macro: macroF1(yTrue, predicted),
      log_loss: multiclassLogLoss(yTrue, scores, classCount),
      roc_auc_ovr: ovrMacroRocAuc(yTrue, scores, classCount),
    };
  }
  const positive = Float64Array.from({ length: n }, (_, i) => scores[2 * i + 1]!);
  return {
    accuracy: accuracy(yTrue, predicted),
    precision: precision(yTrue, predicted),
    recall: recall(yTrue, predicted),
    f1: f1Score(yTrue, predicted),
    roc_auc: rocAuc(yTrue, positive),
    average_precision: averagePrecision(yTrue, positive),
    log_loss: logLoss(yTrue, positive),
    brier: brierScore(yTrue, positive),
  };
}
