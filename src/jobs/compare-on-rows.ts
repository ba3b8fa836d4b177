import { SextantError } from '../core/sextant-error.js';
import { evaluatePredictions, PRIMARY_METRIC } from '../learn/evaluate-predictions.js';
import { frameFromRecords } from '../learn/frame-from-records.js';
import type { ModelTask } from '../learn/model-signature.js';
import type { Predictor } from '../learn/predictor.js';
import { readActualLabel } from '../learn/read-actual-label.js';
import { readActualNumber } from '../learn/read-actual-number.js';

/** One labelled row both models are scored on. */
export interface EvaluationRow {
  readonly inputs: Readonly<Record<string, unknown>>;
  /** The truth: a class label (numbers and booleans are read as their text) or a number. */
  readonly actual: unknown;
  /** Where the row came from: the candidate's holdout or the production prediction log. */
  readonly part: 'holdout' | 'production';
}

/** The primary metric of two models on the same rows, overall and per part (NaN where undefined). */
export interface ModelComparison {
  readonly task: ModelTask;
  readonly metric: string;
  readonly candidate: number;
  readonly production: number;
  /** Rows scored, per part. */
  readonly rows: { readonly holdout: number; readonly production: number };
  /** Rows left out because their truth is missing or not a class both models know. */
  readonly skipped: number;
  readonly parts: {
    readonly holdout: { readonly candidate: number; readonly production: number };
    readonly production: { readonly candidate: number; readonly production: number };
  };
}

/**
 * Scores a candidate and the production model on exactly the same rows with the task's primary metric
 * (evaluatePredictions, as training does). Each model reads the inputs through its own signature and
 * has the truth encoded in its own class order; a row whose truth either model cannot score is left
 * out for both, so the two numbers are always comparable.
 *
 * @throws INVALID_ARGUMENT when the two models do not solve the same task (binary vs multiclass).
 */
export function compareOnRows(
  candidate: Predictor,
  production: Predictor,
  rows: readonly EvaluationRow[],
): ModelComparison {
  const task = production.signature.output.task;
  if (candidate.signature.output.task !== task) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `the candidate is a ${candidate.signature.output.task} model and production a ${task} one: their metrics cannot be compared`,
    );
  }
  const models = [candidate, production].map((predictor) => ({
    predictor,
    classes: new Map((predictor.signature.output.classes ?? []).map((label, index) => [label, index])),
  }));
  const kept: EvaluationRow[] = [];
  const truths: [number[], number[]] = [[], []];
  for (const row of rows) {
    const y = models.map(({ classes }) =>
      task === 'regression' ? readActualNumber(row.actual) : classes.get(readActualLabel(row.actual) ?? ''),
    );
    if (y[0] === undefined || y[1] === undefined) continue;
    kept.push(row);
    truths[0].push(y[0]);
    truths[1].push(y[1]);
  }
  const scores = models.map(({ predictor }) =>
    kept.length === 0
      ? new Float64Array(0)
      : predictor.scoreFrame(
          frameFromRecords(
            kept.map((row) => row.inputs),
            predictor.signature,
          ),
        ),
  );
  const metric = PRIMARY_METRIC[task];
  const score = (m: 0 | 1, part?: EvaluationRow['part']): number => {
    const width = task === 'regression' ? 1 : models[m]!.classes.size;
    const picked = kept.flatMap((row, i) => (part === undefined || row.part === part ? [i] : []));
    if (picked.length === 0) return Number.NaN;
    const y = Float64Array.from(picked, (i) => truths[m][i]!);
    const s = new Float64Array(picked.length * width);
    picked.forEach((i, j) => {
      s.set(scores[m]!.subarray(i * width, (i + 1) * width), j * width);
    });
    return evaluatePredictions(task, y, s, width)[metric] ?? Number.NaN;
  };
  const pair = (part?: EvaluationRow['part']) => ({ candidate: score(0, part), production: score(1, part) });
  const overall = pair();
  return {
    task,
    metric,
    candidate: overall.candidate,
    production: overall.production,
    rows: {
      holdout: kept.filter((row) => row.part === 'holdout').length,
      production: kept.filter((row) => row.part === 'production').length,
    },
    skipped: rows.length - kept.length,
    parts: { holdout: pair('holdout'), production: pair('production') },
  };
}
