import type { ColumnType } from '../../core/column-type.js';
import type { DriftOptions } from '../drift/drift-statistic.js';

/**
 * A setting given for every column, per column type, or per column; the most specific wins
 * (column, then type, then all). See resolveColumnSetting.
 */
export interface ColumnSetting<T> {
  readonly all?: T;
  readonly byType?: Readonly<Partial<Record<ColumnType, T>>>;
  readonly byColumn?: ReadonlyMap<string, T>;
}

/** A drift statistic by registry name, with its options (`psi:buckets=20` on the command line). */
export interface DriftTestSpec {
  readonly name: string;
  readonly options?: DriftOptions;
}

/** What a drift run may change; everything has a documented default (docs/drift.md). */
export interface DriftSettings {
  /** Only these columns; every column of both sides otherwise. */
  readonly columns?: readonly string[];
  /** Tests replacing the defaults. A test given for all columns applies where it fits the column's kind. */
  readonly test?: ColumnSetting<DriftTestSpec>;
  /** Drift thresholds (the WARN level) replacing the statistics' defaults. */
  readonly threshold?: ColumnSetting<number>;
  /** FAIL levels; by default 2.5 times the threshold for distances, a fifth of it for p-values. */
  readonly failThreshold?: ColumnSetting<number>;
  /** Dataset drift when at least this share of the compared columns drifted (default 0.5). */
  readonly driftShare?: number;
  /** Bins of the numeric histograms in reports (default 20). */
  readonly histogramBins?: number;
}
