import type { SextantError } from '../core/sextant-error.js';
import { isSextantError } from '../core/sextant-error.js';
import type { SchemaOverrides } from '../data/schema-overrides.js';
import { computeDrift } from '../stats/drift-engine/compute-drift.js';
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
      const built = await computeDrift(reference, empty, {
        ...shared,
        profile: options.profile ?? {},
        settings,
      });
      lap('compare');
      return { status: 'ok', profile: built.profile!, execution: built.execution, timings };
    }
    lap('current');
    const { frame: current } = await readFrameLeniently(options.current, {
      ...(columns === undefined ? {} : { columns }),
      overrides: types,
      onProgress: (done, total) => options.onProgress?.('current', done, total),
    });
    lap('compare');
    const { report, profile, execution } = await computeDrift(reference, current, {
      ...shared,
      ...(options.settings === undefined ? {} : { settings: options.settings }),
      currentSource: options.current,
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      onProgress: (done, total) => options.onProgress?.('compare', done, total),
    });
    lap('compare');
    return { status: 'ok', report, ...(profile === undefined ? {} : { profile }), execution, timings };
  } catch (error) {
    if (isSextantError(error)) return { status: 'error', step, error };
    throw error;
  }
}
