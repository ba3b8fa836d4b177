import type { Frame } from '../core/frame.js';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { PredictionRepository } from '../core/ports/prediction-repository.js';
import { frameToRecords } from '../data/frame-to-records.js';
import { takeRows } from '../data/take-rows.js';
import { encodeTarget } from '../learn/encode-target.js';
import { stratifiedSplit } from '../learn/stratified-split.js';
import type { EvaluationRow } from './compare-on-rows.js';
import { rowsSeenInTraining, type TrainingSplit } from './rows-seen-in-training.js';

/** Where the rows come from. */
export interface EvaluationSource {
  readonly modelName: string;
  /** The combined data the candidate was trained on, read as training read it. */
  readonly combined: Frame;
  /** How production was trained; its seed and holdout share are the candidate's too. */
  readonly production: TrainingSplit;
  /** Labelled predictions logged since this instant join the rows. */
  readonly since: Date;
  /** Where stored data may be copied to be read. */
  readonly workDir: string;
}

/**
 * The rows a retrain scores candidate and production on: the candidate's holdout (the same seeded,
 * stratified split training made of the combined data) less the rows production was fitted on, then
 * every prediction of the model logged since `since` whose ground truth has arrived.
 */
export async function evaluationRows(
  deps: { readonly artifacts: ArtifactStore; readonly predictions: PredictionRepository },
  source: EvaluationSource,
): Promise<{ rows: EvaluationRow[]; excludedRows: number }> {
  const { combined, production } = source;
  const target = encodeTarget(combined.columns.find((c) => c.name === production.target)!);
  const strata = target.strata ?? Int32Array.from(target.y, (v) => (Number.isNaN(v) ? -1 : 0));
  const split = stratifiedSplit(combined.rowCount, {
    holdoutShare: production.holdoutShare,
    seed: production.seed,
    strata,
  });
  const seen = await rowsSeenInTraining(deps.artifacts, production, source.workDir);
  const holdout = frameToRecords(takeRows(combined, split.holdout));
  const rows: EvaluationRow[] = holdout
    .filter((record) => !seen(record))
    .map((record) => ({ inputs: record, actual: record[production.target], part: 'holdout' }));
  const excludedRows = holdout.length - rows.length;
  const logged = await deps.predictions.listLabelled({ modelName: source.modelName, from: source.since });
  for (const p of logged) {
    if (p.hasFeedback) rows.push({ inputs: p.inputs, actual: p.actual, part: 'production' });
  }
  return { rows, excludedRows };
}
