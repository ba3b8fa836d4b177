import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { extname } from 'node:path';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { SextantError } from '../core/sextant-error.js';
import { readFrame } from '../data/read-frame.js';
import type { SchemaOverrides } from '../data/schema-overrides.js';
import { writeCsv } from '../data/write-csv.js';
import type { Prediction } from '../learn/predictor.js';
import { frameRecords } from './frame-records.js';
import { loadPredictor } from './load-predictor.js';
import type { ModelRef } from './parse-model-ref.js';
import { resolveModelRef } from './resolve-model-ref.js';

/** What a batch prediction wrote. */
export interface PredictFileResult {
  readonly model: string;
  readonly version: number;
  readonly rows: number;
  readonly outPath: string;
  readonly format: 'csv' | 'jsonl';
  /** The columns written: the model's inputs, then the prediction columns. */
  readonly columns: readonly string[];
}

/**
 * Batch prediction: reads the model's input columns from a data file (typed as the signature says,
 * so a category column that looks numeric is still read as categories), predicts every row, and
 * writes the inputs plus the prediction columns as CSV or JSON lines, chosen by the output's
 * extension (.csv; .jsonl or .ndjson). Prediction columns: `label` and `probability_<class>` for
 * every class, or `value`; a name an input already uses gets a `predicted_` prefix.
 *
 * @throws FILE_FORMAT_UNSUPPORTED for another output extension, COLUMN_MISSING for a missing input,
 *   the registry's not-found errors, the reader's errors, INVALID_ARGUMENT when the output cannot be written
 */
export async function predictFile(
  deps: { models: ModelRepository; artifacts: ArtifactStore },
  request: { ref: ModelRef; dataPath: string; outPath: string },
): Promise<PredictFileResult> {
  const format = outputFormat(request.outPath);
  const version = await resolveModelRef(deps.models, request.ref);
  const predictor = await loadPredictor(deps.artifacts, version);
  const { inputs, output } = predictor.signature;
  const overrides: SchemaOverrides = {
    source: `the signature of model "${version.modelName}" version ${version.version}`,
    columns: new Map(inputs.map((input) => [input.name, { type: input.type, required: true }])),
  };
  const { frame } = await readFrame(request.dataPath, { columns: inputs.map((i) => i.name), overrides });
  const predictions = predictor.predictFrame(frame);
  const taken = new Set(inputs.map((input) => input.name));
  const free = (name: string): string => (taken.has(name) ? free(`predicted_${name}`) : name);
  const classes = output.classes ?? [];
  const labelColumn = free('label');
  const valueColumn = free('value');
  const probabilityColumns = classes.map((c) => free(`probability_${c}`));
  const records = frameRecords(frame);
  records.forEach((record, row) => {
    const prediction = predictions[row] as Prediction;
    if ('value' in prediction) record[valueColumn] = prediction.value;
    else {
      record[labelColumn] = prediction.label;
      classes.forEach((c, i) => {
        record[probabilityColumns[i] as string] = prediction.probabilities[c];
      });
    }
  });
  try {
    await (format === 'csv' ? writeCsv(request.outPath, records) : writeJsonLines(request.outPath, records));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new SextantError('INVALID_ARGUMENT', `cannot write ${request.outPath} (${reason})`, {
      path: request.outPath,
    });
  }
  return {
    model: version.modelName,
    version: version.version,
    rows: frame.rowCount,
    outPath: request.outPath,
    format,
    columns: Object.keys(records[0] ?? {}),
  };
}

function outputFormat(path: string): 'csv' | 'jsonl' {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  throw new SextantError(
    'FILE_FORMAT_UNSUPPORTED',
    `${path}: predictions are written as .csv, .jsonl or .ndjson, not ${extension || 'a file without extension'}`,
    { path },
  );
}

async function writeJsonLines(path: string, records: readonly Record<string, unknown>[]): Promise<void> {
  const out = createWriteStream(path);
  for (const record of records) {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
