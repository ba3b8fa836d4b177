import type { DatasetVersion } from '../core/entities/dataset-version.js';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import { frameToRecords } from '../data/frame-to-records.js';
import { readFrame } from '../data/read-frame.js';
import { takeRows } from '../data/take-rows.js';
import { encodeTarget } from '../learn/encode-target.js';
import { stratifiedSplit } from '../learn/stratified-split.js';
import { datasetVersionFile } from './dataset-version-file.js';

/** How a version was trained: on which data, and with which split. */
export interface TrainingSplit {
  readonly trainedOn: DatasetVersion;
  readonly target: string;
  readonly holdoutShare: number;
  readonly seed: number;
}

/**
 * A test telling whether a row (as frameToRecords gives it) is one a model was fitted on: its training
 * data is read back from the store, its seeded split recomputed exactly as training made it, and the
 * training rows kept by content. A retrain's holdout shares rows with the reference, and production
 * was fitted on most of those: scoring production on them would flatter it, so the gate leaves them out.
 */
export async function rowsSeenInTraining(
  artifacts: ArtifactStore,
  split: TrainingSplit,
  workDir: string,
): Promise<(record: Readonly<Record<string, unknown>>) => boolean> {
  const { trainedOn } = split;
  const columns = trainedOn.schema.columns.map((column) => column.name);
  const overrides = {
    source: `the schema of ${trainedOn.datasetName}:${trainedOn.version}`,
    columns: new Map(trainedOn.schema.columns.map((c) => [c.name, { type: c.type, required: true }])),
  };
  const { frame } = await readFrame(await datasetVersionFile(artifacts, trainedOn, workDir), { overrides });
  const target = encodeTarget(frame.columns.find((column) => column.name === split.target)!);
  const strata = target.strata ?? Int32Array.from(target.y, (v) => (Number.isNaN(v) ? -1 : 0));
  const { train } = stratifiedSplit(frame.rowCount, {
    holdoutShare: split.holdoutShare,
    seed: split.seed,
    strata,
  });
  const key = (record: Readonly<Record<string, unknown>>) =>
    JSON.stringify(columns.map((c) => record[c] ?? null));
  const seen = new Set(frameToRecords(takeRows(frame, train)).map(key));
  return (record) => seen.has(key(record));
}
