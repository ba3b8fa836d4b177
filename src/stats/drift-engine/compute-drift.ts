import type { Frame } from '../../core/frame.js';
import { SextantError } from '../../core/sextant-error.js';
import type { ColumnProfile } from '../drift-profile/column-profile.js';
import { REFERENCE_PROFILE_VERSION, type ReferenceProfile } from '../drift-profile/reference-profile.js';
import { buildColumnReport } from './build-column-report.js';
import { createDriftExecutor, type DriftExecutor } from './create-drift-executor.js';
import { defaultDriftStatisticCatalog } from './default-drift-statistic-catalog.js';
import { type ColumnDriftReport, DRIFT_REPORT_SCHEMA_VERSION, type DriftReport } from './drift-report.js';
import type { DriftSettings } from './drift-settings.js';
import { toDriftSide } from './drift-side.js';
import type { DriftStatisticCatalog } from './drift-statistic-catalog.js';
import { Float64Pool } from './float64-pool.js';
import { planColumn } from './plan-column.js';
import { runInLanes } from './run-in-lanes.js';
import { type NumericJob, runNumericJob } from './run-numeric-job.js';
import { summarizeDatasetDrift } from './summarize-dataset-drift.js';

/** Below this many numeric values in all, worker threads cost more than they save. */
export const PARALLEL_MIN_VALUES = 200_000;
/** Numeric columns of a returned profile keep at most this many values by default. */
export const DEFAULT_PROFILE_MAX_VALUES = 100_000;

/** Options of {@link computeDrift}. */
export interface ComputeDriftOptions {
  readonly settings?: DriftSettings;
  /** Names of the two sides, for the report (file paths). */
  readonly referenceSource?: string;
  readonly currentSource?: string;
  /** The clock stamping `generatedAt` and profiles. */
  readonly now?: () => Date;
  /** Worker threads (default: available parallelism; in process below PARALLEL_MIN_VALUES values). */
  readonly threads?: number;
  /** An executor to reuse (not closed here); otherwise one is made and closed per call. */
  readonly executor?: DriftExecutor;
  readonly catalog?: DriftStatisticCatalog;
  /** Also return the reference's profile, numeric columns sketched to `maxValues` (default 100 000). */
  readonly profile?: { readonly maxValues?: number };
  /** Called after each column: columns done, columns in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A drift report, the reference profile when asked for, and where numbers were crunched. */
export interface DriftComputation {
  readonly report: DriftReport;
  readonly profile?: ReferenceProfile;
  readonly execution: 'workers' | 'in-process';
}

/**
 * Compares every column of `current` with `reference` (a Frame, or a saved ReferenceProfile so the
 * reference data is never read again) and returns a versioned report (docs/drift.md).
 *
 * Per column: missing values, NaN and ±Infinity are dropped and counted; a side with no usable value
 * is INSUFFICIENT_DATA; columns on one side only and mismatched kinds are reported, not compared;
 * datetime columns are SKIPPED unless named in `settings.columns` or given a test. Tests, thresholds
 * and FAIL levels are resolved for every column before anything is computed, so a bad setting fails
 * the call at once (INVALID_ARGUMENT) rather than half-way. Numeric columns are sorted once each, on
 * worker threads, copied one at a time per thread and transferred, never cloned; categorical and text
 * columns are counted in process meanwhile. A statistic that throws makes its column an ERROR.
 *
 * @example const { report } = await computeDrift(referenceFrame, currentFrame, { settings: { driftShare: 0.3 } });
 * @throws SextantError COLUMN_MISSING for a selected column on neither side; INVALID_ARGUMENT for bad settings.
 */
export async function computeDrift(
  reference: Frame | ReferenceProfile,
  current: Frame,
  options: ComputeDriftOptions = {},
): Promise<DriftComputation> {
  const settings = options.settings ?? {};
  const catalog = options.catalog ?? defaultDriftStatisticCatalog;
  const now = options.now ?? (() => new Date());
  const fromProfile = 'version' in reference;
  const referenceSides = new Map(reference.columns.map((column) => [column.name, toDriftSide(column)]));
  const currentSides = new Map(current.columns.map((column) => [column.name, toDriftSide(column)]));
  const names = settings.columns ?? [
    ...referenceSides.keys(),
    ...[...currentSides.keys()].filter((name) => !referenceSides.has(name)),
  ];
  const absent = names.find((name) => !referenceSides.has(name) && !currentSides.has(name));
  if (absent !== undefined) {
    throw new SextantError('COLUMN_MISSING', `column "${absent}" is in neither data set`, { column: absent });
  }

  // Plan: every test and level is resolved before any work starts.
  const reports: (ColumnDriftReport | undefined)[] = [];
  const numericJobs: { job: NumericJob; index: number }[] = [];
  const inProcess: { index: number; run: () => ColumnDriftReport }[] = [];
  for (const [index, name] of names.entries()) {
    const plan = planColumn(name, referenceSides.get(name), currentSides.get(name), settings, catalog);
    reports.push('report' in plan ? plan.report : undefined);
    if ('numeric' in plan) numericJobs.push({ job: plan.numeric, index });
    if ('run' in plan) inProcess.push({ index, run: plan.run });
  }
  const wantProfile = options.profile !== undefined && !fromProfile;
  const maxValues = options.profile?.maxValues ?? DEFAULT_PROFILE_MAX_VALUES;
  const profileOnly: NumericJob[] = [];
  if (wantProfile) {
    const compared = new Set(numericJobs.map(({ job }) => job.reference.name));
    for (const side of referenceSides.values()) {
      if (side.kind === 'numeric' && !compared.has(side.name)) profileOnly.push({ reference: side });
    }
  }

  const jobs = [...numericJobs.map(({ job }) => job), ...profileOnly];
  const values = jobs.reduce((sum, job) => sum + job.reference.count + (job.current?.count ?? 0), 0);
  const executor =
    options.executor ??
    (await createDriftExecutor({
      threads: values < PARALLEL_MIN_VALUES ? 0 : options.threads,
      catalog,
    }));
  let done = reports.filter((report) => report !== undefined).length;
  const progress = () => options.onProgress?.(++done, names.length);
  const sortedReferences = new Map<string, Float64Array>();
  const pool = new Float64Pool();
  try {
    const lanes = runInLanes(jobs.length, executor.concurrency, async (i) => {
      const job = jobs[i]!;
      const result = await runNumericJob(
        job,
        executor,
        catalog,
        {
          bins: settings.histogramBins ?? 20,
          keepReference: wantProfile ? maxValues : 0,
        },
        pool,
      );
      if (result.reference !== undefined) sortedReferences.set(job.reference.name, result.reference);
      if (i < numericJobs.length) {
        const { index } = numericJobs[i]!;
        reports[index] = buildColumnReport(job.reference, job.current!, job.test!, {
          ...(result.measurement === undefined ? {} : { measurement: result.measurement }),
          ...(result.error === undefined ? {} : { error: result.error }),
          histogram: result.histogram ?? null,
        });
        progress();
      }
    });
    for (const { index, run } of inProcess) {
      reports[index] = run();
      progress();
    }
    await lanes;
  } finally {
    if (options.executor === undefined) await executor.close();
  }

  const columns = reports as ColumnDriftReport[];
  const report: DriftReport = {
    schemaVersion: DRIFT_REPORT_SCHEMA_VERSION,
    generatedAt: now().toISOString(),
    reference: {
      source: options.referenceSource ?? (fromProfile ? reference.source : 'reference'),
      rows: reference.rowCount,
      fromProfile,
    },
    current: { source: options.currentSource ?? 'current', rows: current.rowCount },
    dataset: summarizeDatasetDrift(columns, settings.driftShare ?? 0.5),
    columns,
  };
  const computation: DriftComputation = { report, execution: executor.mode };
  if (fromProfile && options.profile !== undefined) return { ...computation, profile: reference };
  if (!wantProfile) return computation;
  const profileColumns = [...referenceSides.values()].map((side): ColumnProfile => {
    if (side.kind !== 'numeric') return side;
    const { take: _take, sketched: _sketched, ...rest } = side;
    return { ...rest, values: sortedReferences.get(side.name) ?? new Float64Array(0), sorted: true };
  });
  return {
    ...computation,
    profile: {
      version: REFERENCE_PROFILE_VERSION,
      source: options.referenceSource ?? 'reference',
      rowCount: reference.rowCount,
      createdAt: now().toISOString(),
      maxValues,
      columns: profileColumns,
    },
  };
}
