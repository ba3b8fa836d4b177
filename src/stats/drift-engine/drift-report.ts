import type { ColumnType } from '../../core/column-type.js';

/** Version of the JSON report layout; bumped on any incompatible change, never reused. */
export const DRIFT_REPORT_SCHEMA_VERSION = 1;

/** Status of a data set or a compared column: the seeds' OK / WARN / FAIL. */
export type DriftStatus = 'OK' | 'WARN' | 'FAIL';

/**
 * Status of one column: a DriftStatus when it was compared, otherwise why not. INSUFFICIENT_DATA: a
 * side has no usable value. SKIPPED: a datetime column nobody asked for. REFERENCE_ONLY /
 * CURRENT_ONLY: the column is on one side only. TYPE_MISMATCH: the sides hold different kinds of
 * values. ERROR: the statistic failed or is undefined on this data (the message says why).
 */
export type ColumnDriftStatus =
  | DriftStatus
  | 'INSUFFICIENT_DATA'
  | 'SKIPPED'
  | 'REFERENCE_ONLY'
  | 'CURRENT_ONLY'
  | 'TYPE_MISMATCH'
  | 'ERROR';

/** What one side of a column held. */
export interface DriftSideCounts {
  /** Cells. */
  readonly rows: number;
  /** Values the test used: finite numbers, present labels, present documents. */
  readonly used: number;
  /** Missing cells (null; NaN in numeric columns). */
  readonly missing: number;
  /** ±Infinity in numeric columns, dropped like missing values. */
  readonly infinite: number;
}

/** Shares of each side per bin; values beyond the end edges count in the end bins. */
export interface NumericHistogram {
  readonly kind: 'numeric';
  /** bins + 1 increasing edges, from the 0.5th to the 99.5th percentile over both sides. */
  readonly edges: readonly number[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
}

/** Shares of each side per label (or word), most prominent first; the rest folded into `other`. */
export interface CategoricalHistogram {
  readonly kind: 'categorical';
  readonly labels: readonly string[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
  readonly other: { readonly labels: number; readonly reference: number; readonly current: number } | null;
}

/** One column of a drift report. Numbers that are not finite (a p-value of NaN) are null. */
export interface ColumnDriftReport {
  readonly name: string;
  readonly type: ColumnType;
  readonly kind: 'numeric' | 'categorical' | 'text';
  readonly status: ColumnDriftStatus;
  /** Whether the test crossed its threshold; null when the column was not compared. */
  readonly drifted: boolean | null;
  /** Why the column has its status when it was not compared. */
  readonly message: string | null;
  readonly test: {
    readonly name: string;
    readonly label: string;
    readonly scoreKind: 'p_value' | 'distance';
    readonly reason: string;
  } | null;
  readonly statistic: number | null;
  readonly pValue: number | null;
  /** Drift threshold (WARN level): p-value below it, or distance at or above it. */
  readonly threshold: number | null;
  readonly failThreshold: number | null;
  readonly reference: DriftSideCounts | null;
  readonly current: DriftSideCounts | null;
  readonly histogram: NumericHistogram | CategoricalHistogram | null;
  /** The statistic's details, and for categorical columns `newCategories` and `vanishedCategories`. */
  readonly details: Readonly<Record<string, unknown>>;
}

/** The dataset-level verdict. */
export interface DatasetDriftSummary {
  /** Columns in the report. */
  readonly columns: number;
  /** Columns with a status of OK, WARN or FAIL. */
  readonly compared: number;
  readonly drifted: number;
  /** drifted / compared (0 when nothing was compared). */
  readonly driftedShare: number;
  /** The --drift-share the verdict used. */
  readonly driftShare: number;
  /** driftedShare >= driftShare, with at least one compared column. */
  readonly drift: boolean;
  /** The worst column status; at least WARN when some column could not be compared. */
  readonly status: DriftStatus;
}

/** A drift report, stable JSON (docs/drift.md); `schemaVersion` changes on any incompatible edit. */
export interface DriftReport {
  readonly schemaVersion: typeof DRIFT_REPORT_SCHEMA_VERSION;
  readonly generatedAt: string;
  readonly reference: { readonly source: string; readonly rows: number; readonly fromProfile: boolean };
  readonly current: { readonly source: string; readonly rows: number };
  readonly dataset: DatasetDriftSummary;
  readonly columns: readonly ColumnDriftReport[];
}
