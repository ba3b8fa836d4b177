import type { Frame } from '../core/frame.js';
import type { SextantError } from '../core/sextant-error.js';
import { isSextantError } from '../core/sextant-error.js';
import { countRows } from '../data/count-rows.js';
import type { SchemaOverrides } from '../data/schema-overrides.js';
import { computeDrift, PARALLEL_MIN_VALUES } from '../stats/drift-engine/compute-drift.js';
import { createDriftExecutor, type DriftExecutor } from '../stats/drift-engine/create-drift-executor.js';
import type { DriftReport } from '../stats/drift-engine/drift-report.js';
import type { DriftSettings } from '../stats/drift-engine/drift-settings.js';
import type { DriftStatisticCatalog } from '../stats/drift-engine/drift-statistic-catalog.js';
import type { ReferenceProfile } from '../stats/drift-profile/reference-profile.js';
import { driftStatisticCatalog } from './drift-statistic-catalog.js';
import { readDriftReference } from './read-drift-reference.js';
import { readFrameLeniently } from './read-frame-leniently.js';

/** Options of {@link compareDriftFiles}. */
export interface DriftFilesOptions {
  /** A data file or a saved reference profile. */
  readonly reference: string;
  /** The data to check; without it only the reference profile is built (`profile` must be set). */
  readonly current?: string;
  readonly settings?: DriftSettings;
  /** A parsed schema file, applied to the reference (the current file then follows the reference). */
  readonly overrides?: SchemaOverrides;
  /** Build the reference profile too, numeric columns sketched to `maxValues`. */
  readonly profile?: { readonly maxValues?: number };
  readonly threads?: number;
  /** The statistics a test may name (default: every statistic, the domain classifier included). */
  readonly catalog?: DriftStatisticCatalog;
  readonly now?: () => Date;
  /** Progress: rows read of each file, then columns compared. */
  readonly onProgress?: (step: 'reference' | 'current' | 'compare', done: number, total: number) => void;
}

type Step = 'reference' | 'current' | 'compare';

/** How a drift check of two files ended: a result, or the error of the step that failed. */
export type DriftFilesResult =
  | {
      readonly status: 'ok';
      readonly report?: DriftReport;
      readonly profile?: ReferenceProfile;
      readonly execution: 'workers' | 'in-process';
      /** Seconds spent per step. */
      readonly timings: { readonly reference: number; readonly current: number; readonly compare: number };
    }
  | { readonly status: 'error'; readonly step: Step; readonly error: SextantError };

/**
 * A drift check of two files, in three steps, returning a result value rather than throwing
 * half-way: read the reference (data file or saved profile), read the current file with the
 * reference's column types, compare (computeDrift). Selected columns a file lacks and columns without
 * any value are reported, not fatal (readFrameLeniently). Errors that are not SextantErrors are bugs
 * and are thrown. (Starting the worker threads while the files are read saves nothing measurable: on
 * two cores they compete with DuckDB's parse, and their heaps raise the peak memory of the read.)
 *
 * Numeric columns are compared on worker threads unless a catalog is given (see withNumericExecutor).
 *
 * @example const result = await compareDriftFiles({ reference: 'train.csv', current: 'today.parquet' });
 */
export async function compareDriftFiles(options: DriftFilesOptions): Promise<DriftFilesResult> {
  const columns = options.settings?.columns;
  const timings = { reference: 0, current: 0, compare: 0 };
  let step: Step = 'reference';
  let started = performance.now();
  const lap = (next: Step) => {
    const now = performance.now();
    timings[step] = (now - started) / 1000;
    started = now;
    step = next;
  };
  // The current file's rows are counted while the reference is read, whose stream leaves the
  // machine half idle; the current file is then read in one pass (see countRows). A file that
  // cannot be counted is left for its read to report.
  const currentRows =
    options.current === undefined ? undefined : countRows(options.current).catch(() => undefined);
  try {
    const { reference, types } = await readDriftReference(options.reference, {
      ...(columns === undefined ? {} : { columns }),
      ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
      onProgress: (done, total) => options.onProgress?.('reference', done, total),
    });
    const shared = {
      ...(options.now === undefined ? {} : { now: options.now }),
      ...(options.threads === undefined ? {} : { threads: options.threads }),
      catalog: options.catalog ?? driftStatisticCatalog,
      referenceSource: options.reference,
    };
    if (options.current === undefined) {
      if ('version' in reference)
        return { status: 'ok', profile: reference, execution: 'in-process', timings };
      lap('compare');
      const empty = { rowCount: 0, columns: [] };
      const settings = { ...options.settings, columns: [] };
      const built = await withNumericExecutor(options, [reference], (executor) =>
        computeDrift(reference, empty, {
          ...shared,
          ...executor,
          profile: options.profile ?? {},
          settings,
        }),
      );
      lap('compare');
      return { status: 'ok', profile: built.profile!, execution: built.execution, timings };
    }
    lap('current');
    const rowCount = await currentRows;
    const { frame: current } = await readFrameLeniently(options.current, {
      ...(columns === undefined ? {} : { columns }),
      ...(rowCount === undefined ? {} : { rowCount }),
      overrides: types,
      onProgress: (done, total) => options.onProgress?.('current', done, total),
    });
    lap('compare');
    const { report, profile, execution } = await withNumericExecutor(
      options,
      [reference, current],
      (executor) =>
        computeDrift(reference, current, {
          ...shared,
          ...executor,
          ...(options.settings === undefined ? {} : { settings: options.settings }),
          currentSource: options.current,
          ...(options.profile === undefined ? {} : { profile: options.profile }),
          onProgress: (done, total) => options.onProgress?.('compare', done, total),
        }),
    );
    lap('compare');
    return { status: 'ok', report, ...(profile === undefined ? {} : { profile }), execution, timings };
  } catch (error) {
    if (isSextantError(error)) return { status: 'error', step, error };
    throw error;
  } finally {
    await currentRows; // never left running after the call
  }
}

/**
 * Runs `compare` with worker threads for the numeric columns when the default catalog is used and
 * there are enough values. computeDrift keeps any catalog but the statistics layer's own in process
 * (its workers load that one); the monitor's catalog only adds text statistics, which never run on
 * a worker, to the very same numeric statistic objects, so its numeric work may go to workers:
 * about 1.3 s instead of 3 s for the drift benchmark's 2 × 20 numeric columns on two cores.
 */
async function withNumericExecutor<T>(
  options: DriftFilesOptions,
  sides: readonly (Frame | ReferenceProfile)[],
  compare: (executor: { executor?: DriftExecutor }) => Promise<T>,
): Promise<T> {
  const values = sides.reduce((sum, side) => sum + numericValues(side), 0);
  if (options.catalog !== undefined || values < PARALLEL_MIN_VALUES) return compare({});
  const executor = await createDriftExecutor(
    options.threads === undefined ? {} : { threads: options.threads },
  );
  try {
    return await compare({ executor });
  } finally {
    await executor.close();
  }
}

/** About how many numeric values a side sends to the workers (missing ones included). */
function numericValues(side: Frame | ReferenceProfile): number {
  if ('version' in side) {
    return side.columns.reduce(
      (sum, column) => sum + (column.kind === 'numeric' ? column.values.length : 0),
      0,
    );
  }
  const numeric = side.columns.filter((column) => column.type === 'numeric' || column.type === 'datetime');
  return numeric.length * side.rowCount;
}
