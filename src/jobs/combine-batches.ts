import type { DatasetSchema } from '../core/dataset-schema.js';
import { frameToRecords } from '../data/frame-to-records.js';
import { readFrame } from '../data/read-frame.js';
import type { SchemaOverrides } from '../data/schema-overrides.js';
import { writeCsv } from '../data/write-csv.js';

/** What to combine: a base file (reference or last combined data) and new batches, in order. */
export interface CombineInput {
  readonly basePath: string;
  /** The base's stored schema: every column, with the type the model was trained with. */
  readonly baseSchema: DatasetSchema;
  readonly newPaths: readonly string[];
  /** Keep only the last this many rows (the newest: batches come after the base, in the order given). */
  readonly maxRows?: number | undefined;
  /** The CSV file to write. */
  readonly outPath: string;
}

export interface CombineOutcome {
  readonly baseRows: number;
  /** Rows of each new file, in order. */
  readonly newRows: readonly number[];
  /** The oldest rows left out by `maxRows`. */
  readonly droppedRows: number;
  /** Rows written. */
  readonly rows: number;
}

/**
 * Appends new batches to a base data file and writes the result as one CSV (the seeds'
 * `combine_and_retrain.py`). Every file is read with the base's column types, so a column means the
 * same thing in every part and in the combined file; a new file must have every column of the base
 * (COLUMN_MISSING names the first one it lacks) and its extra columns are left out. Every file is read
 * before anything is written, so a bad batch leaves nothing behind.
 *
 * @example await combineBatches({ basePath: 'tickets-v1.csv', baseSchema, newPaths: ['new.csv'], outPath })
 */
export async function combineBatches(input: CombineInput): Promise<CombineOutcome> {
  const columns = input.baseSchema.columns.map((column) => column.name);
  const overrides: SchemaOverrides = {
    source: `the reference schema (${input.basePath})`,
    columns: new Map(
      input.baseSchema.columns.map((column) => [column.name, { type: column.type, required: true }]),
    ),
  };
  const base = await readFrame(input.basePath, { columns, overrides });
  const parts = [];
  for (const path of input.newPaths) parts.push(await readFrame(path, { columns, overrides }));
  let records = frameToRecords(base.frame);
  for (const part of parts) records = records.concat(frameToRecords(part.frame));
  const total = records.length;
  if (input.maxRows !== undefined && total > input.maxRows) records = records.slice(total - input.maxRows);
  await writeCsv(input.outPath, records);
  return {
    baseRows: base.frame.rowCount,
    newRows: parts.map((part) => part.frame.rowCount),
    droppedRows: total - records.length,
    rows: records.length,
  };
}
