/**
 * The contract between one drift statistic and the drift engine. A statistic is a pure function plus a
 * descriptor (name, column kind, what its number means, default threshold) registered in one registry,
 * so a new drift test is one new file (the pattern of Evidently's `stattests/*.py` + `registry.py`).
 */

/** Numeric input: the finite values of each side, each sorted ascending once and shared by every test. */
export interface NumericDriftInput {
  readonly reference: Float64Array;
  readonly current: Float64Array;
}

/** Categorical input: counts per category on each side, aligned on one category list (union of both). */
export interface CategoricalDriftInput {
  readonly categories: readonly string[];
  readonly referenceCounts: Float64Array;
  readonly currentCounts: Float64Array;
}

/** What a statistic computed. */
export interface DriftMeasurement {
  /** The test statistic or distance. */
  readonly statistic: number;
  /** The p-value, for hypothesis tests. */
  readonly pValue?: number;
  /** Anything worth showing: bucket edges, method used, new categories, ... */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Per-call options a user may set (`--test col=psi:buckets=20`, say); each statistic documents its own. */
export type DriftOptions = Readonly<Record<string, number | string | boolean>>;

interface DriftStatisticBase {
  /** Stable id used on the CLI and in reports: `ks`, `psi`, `wasserstein_norm`, `chisquare`, ... */
  readonly name: string;
  /** Human name for reports. */
  readonly label: string;
  /**
   * `p_value`: drift when pValue < threshold. `distance`: drift when statistic >= threshold.
   */
  readonly scoreKind: 'p_value' | 'distance';
  readonly defaultThreshold: number;
  /**
   * Optional stricter threshold for a FAIL status where one is customary (the seeds' PSI: drift, and WARN,
   * from 0.1; FAIL from 0.25). Compared the same way as `defaultThreshold`.
   */
  readonly failThreshold?: number;
  /** Optional: the per-call options the statistic accepts, option name → one-line description (for help and docs). */
  readonly options?: Readonly<Record<string, string>>;
}

export interface NumericDriftStatistic extends DriftStatisticBase {
  readonly kind: 'numeric';
  compute(input: NumericDriftInput, options?: DriftOptions): DriftMeasurement;
}

export interface CategoricalDriftStatistic extends DriftStatisticBase {
  readonly kind: 'categorical';
  compute(input: CategoricalDriftInput, options?: DriftOptions): DriftMeasurement;
}

/** One registered drift statistic. */
export type DriftStatistic = NumericDriftStatistic | CategoricalDriftStatistic;
