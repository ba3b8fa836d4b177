import type { LabelledPrediction } from '../core/entities/prediction-record.js';
import { evaluatePredictions, PRIMARY_METRIC } from '../learn/evaluate-predictions.js';
import type { ModelSignature, ModelTask } from '../learn/model-signature.js';
import { readActualLabel } from '../learn/read-actual-label.js';
import { readActualNumber } from '../learn/read-actual-number.js';

/** How the served model does on the predictions whose ground truth has arrived. */
export interface LivePerformance {
  readonly task: ModelTask;
  /** The task's primary metric, the one training and the promotion gate use. */
  readonly metric: string;
  readonly higherIsBetter: boolean;
  /** The primary metric, or null when nothing could be scored or it is undefined (one class only). */
  readonly value: number | null;
  /** Every metric of the task (as training reports them); null where undefined. */
  readonly metrics: Readonly<Record<string, number | null>>;
  /** Logged predictions in the window. */
  readonly total: number;
  /** Of those, how many have ground truth. */
  readonly labelled: number;
  /** labelled / total (0 with no predictions). */
  readonly labelCoverage: number;
  /** Labelled predictions that could be scored. */
  readonly scored: number;
  /** Labelled predictions left out: an output that is not a prediction of this task, or a truth that is not a class / number. */
  readonly skipped: { readonly unreadableOutput: number; readonly unknownActual: number };
  readonly trainingValue: number | null;
  /** value − training value. */
  readonly gap: number | null;
  /** How much worse than training, in metric units: positive is worse whichever way the metric points. */
  readonly degradation: number | null;
}

/** Metrics where smaller is better; every other metric of evaluatePredictions grows with quality. */
const LOWER_IS_BETTER = new Set(['rmse', 'mae', 'mape', 'log_loss', 'brier']);

/**
 * Scores logged predictions against the ground truth joined to them (the seeds' "score proxy"): the
 * same metrics as training, computed by the same functions (`evaluatePredictions`), so a live ROC AUC
 * and the holdout ROC AUC of the registered version can be compared directly. Classification outputs are
 * the server's `{label, probabilities}` and a truth is a class label (numbers and booleans are read as
 * their text); regression outputs are `{value}` and a truth is a number (or a numeric string).
 *
 * @example measureLivePerformance(window, signature.output, version.metrics.roc_auc).degradation
 */
export function measureLivePerformance(
  predictions: readonly LabelledPrediction[],
  output: ModelSignature['output'],
  trainingValue?: number,
): LivePerformance {
  const { task } = output;
  const classes = task === 'regression' ? [] : (output.classes ?? []);
  const width = task === 'regression' ? 1 : classes.length;
  const classIndex = new Map(classes.map((label, index) => [label, index]));
  const truth: number[] = [];
  const scores: number[] = [];
  const skipped = { unreadableOutput: 0, unknownActual: 0 };
  let labelled = 0;
  for (const prediction of predictions) {
    if (!prediction.hasFeedback) continue;
    labelled++;
    const actual =
      task === 'regression'
        ? readActualNumber(prediction.actual)
        : classIndex.get(readActualLabel(prediction.actual) ?? '');
    if (actual === undefined) {
      skipped.unknownActual++;
      continue;
    }
    const row =
      task === 'regression' ? readValue(prediction.output) : readProbabilities(prediction.output, classes);
    if (row === undefined || (task !== 'regression' && width < 2)) {
      skipped.unreadableOutput++;
      continue;
    }
    truth.push(actual);
    scores.push(...row);
  }
  const metrics: Record<string, number | null> = {};
  if (truth.length > 0) {
    const evaluated = evaluatePredictions(task, Float64Array.from(truth), Float64Array.from(scores), width);
    for (const [name, value] of Object.entries(evaluated))
      metrics[name] = Number.isFinite(value) ? value : null;
  }
  const metric = PRIMARY_METRIC[task];
  const higherIsBetter = !LOWER_IS_BETTER.has(metric);
  const value = metrics[metric] ?? null;
  const training = trainingValue !== undefined && Number.isFinite(trainingValue) ? trainingValue : null;
  const gap = value === null || training === null ? null : value - training;
  return {
    task,
    metric,
    higherIsBetter,
    value,
    metrics,
    total: predictions.length,
    labelled,
    labelCoverage: predictions.length === 0 ? 0 : labelled / predictions.length,
    scored: truth.length,
    skipped,
    trainingValue: training,
    gap,
    degradation: gap === null ? null : higherIsBetter ? -gap : gap,
  };
}

function readValue(output: unknown): number[] | undefined {
  if (typeof output !== 'object' || output === null) return undefined;
  const value = (output as { value?: unknown }).value;
  return typeof value === 'number' && Number.isFinite(value) ? [value] : undefined;
}

/** The output's probabilities in class order, or undefined unless every class has a number in [0, 1]. */
function readProbabilities(output: unknown, classes: readonly string[]): number[] | undefined {
  if (typeof output !== 'object' || output === null) return undefined;
  const probabilities = (output as { probabilities?: unknown }).probabilities;
  if (typeof probabilities !== 'object' || probabilities === null) return undefined;
  const row: number[] = [];
  for (const label of classes) {
    const p = (probabilities as Record<string, unknown>)[label];
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) return undefined;
    row.push(p);
  }
  return row;
}
