/**
 * The JSON shapes of the read and admin routes the dashboard calls, as docs/http-api.md specifies them.
 * Dates arrive as ISO 8601 strings. Fields the dashboard only passes through stay `unknown`, so a
 * server change there cannot break the page's types silently.
 */

export type MonitoringStatus = 'OK' | 'WARN' | 'FAIL';

export interface AliasRef {
  readonly alias: string;
  readonly version: number;
  readonly updatedAt: string;
}

export interface ModelListItem {
  readonly name: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly createdAt: string;
  readonly aliases: readonly AliasRef[];
  readonly productionVersion: number | null;
  readonly latestVersion: number | null;
  readonly latestReport: {
    readonly status: MonitoringStatus;
    readonly createdAt: string;
    readonly version: number | null;
  } | null;
}

export interface ModelVersionInfo {
  readonly version: number;
  readonly status: 'active' | 'archived';
  readonly runId: string | null;
  readonly artifactKey: string;
  readonly signature: Readonly<Record<string, unknown>>;
  readonly metrics: Readonly<Record<string, number>>;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly datasetVersionIds: readonly number[];
  readonly createdAt: string;
}

export interface AliasHistoryEntry {
  readonly id: number;
  readonly alias: string;
  readonly fromVersion: number | null;
  readonly toVersion: number | null;
  readonly actor: string;
  readonly reason: string;
  readonly at: string;
}

export interface ModelDetail {
  readonly name: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly createdAt: string;
  readonly versions: readonly ModelVersionInfo[];
  readonly aliases: readonly AliasRef[];
  readonly aliasHistory: readonly AliasHistoryEntry[];
  /** Percent of default-route predictions by alias; the serving alias takes the rest. */
  readonly traffic: {
    readonly split: Readonly<Record<string, number>>;
    readonly actor: string | null;
    readonly at: string | null;
  };
}

/** What a monitoring run's canary guard saw of one traffic-split alias (the summary's `canaries`). */
export interface CanarySummary {
  readonly alias: string;
  readonly version: number;
  readonly percent: number;
  readonly errorRate: number | null;
  readonly liveMetric: number | null;
  readonly stopped: boolean;
}

/** A metric as a monitoring summary names it. */
export interface NamedMetric {
  readonly name: string;
  readonly value: number | null;
}

export interface MonitoringSummary {
  readonly driftShare?: number | null;
  readonly driftedColumns?: number | null;
  readonly columnCount?: number | null;
  readonly predictionDrift?: number | null;
  readonly liveMetric?: NamedMetric | null;
  readonly trainingMetric?: NamedMetric | number | null;
  readonly labelCoverage?: number | null;
  readonly predictionCount?: number | null;
  readonly primaryMetric?: string;
  readonly canaries?: readonly CanarySummary[];
}

export interface NumericHistogram {
  readonly kind: 'numeric';
  readonly edges: readonly number[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
}

export interface CategoricalHistogram {
  readonly kind: 'categorical';
  readonly labels: readonly string[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
  readonly other: { readonly labels: number; readonly reference: number; readonly current: number } | null;
}

export interface DriftSideCounts {
  readonly rows: number;
  readonly used: number;
  readonly missing: number;
  readonly infinite: number;
}

/** One column of a drift report (src/stats/drift-engine/drift-report.ts). */
export interface ColumnDrift {
  readonly name: string;
  readonly type: string;
  readonly kind: 'numeric' | 'categorical' | 'text';
  readonly status: string;
  readonly drifted: boolean | null;
  readonly message: string | null;
  readonly test: {
    readonly name: string;
    readonly label: string;
    readonly scoreKind: 'p_value' | 'distance';
    readonly reason: string;
  } | null;
  readonly statistic: number | null;
  readonly pValue: number | null;
  readonly threshold: number | null;
  readonly failThreshold: number | null;
  readonly reference: DriftSideCounts | null;
  readonly current: DriftSideCounts | null;
  readonly histogram: NumericHistogram | CategoricalHistogram | null;
}

export interface DriftReport {
  readonly schemaVersion: number;
  readonly generatedAt: string;
  readonly reference: { readonly source: string; readonly rows: number; readonly fromProfile: boolean };
  readonly current: { readonly source: string; readonly rows: number };
  readonly dataset: {
    readonly columns: number;
    readonly compared: number;
    readonly drifted: number;
    readonly driftedShare: number;
    readonly driftShare: number;
    readonly drift: boolean;
    readonly status: MonitoringStatus;
  };
  readonly columns: readonly ColumnDrift[];
}

export interface MonitoringReport {
  readonly id: number;
  readonly modelName: string;
  readonly version: number | null;
  readonly runId: string | null;
  readonly status: MonitoringStatus;
  readonly summary: MonitoringSummary;
  readonly report: { readonly drift?: DriftReport | null; readonly [key: string]: unknown };
  readonly windowStart: string | null;
  readonly windowEnd: string | null;
  readonly createdAt: string;
}

export interface Run {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly modelName: string | null;
  readonly params: Readonly<Record<string, unknown>>;
  readonly metrics: Readonly<Record<string, number>>;
  readonly datasetVersionIds: readonly number[];
  readonly result: Readonly<Record<string, unknown>>;
  readonly error: string | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly durationMs: number | null;
}

export interface DatasetVersionInfo {
  readonly id: number;
  readonly version: number;
  readonly role: string;
  readonly rowCount: number;
  readonly contentHash: string;
  readonly createdAt: string;
}

export interface DatasetInfo {
  readonly name: string;
  readonly versions: readonly DatasetVersionInfo[];
}

export interface AlertInfo {
  readonly id: number;
  readonly rule: string;
  readonly modelName: string | null;
  readonly severity: string;
  readonly message: string;
  readonly dedupKey: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly deliveries: readonly { readonly channel: string; readonly ok: boolean; readonly error?: string }[];
  readonly createdAt: string;
}

export interface JobInfo {
  readonly name: string;
  readonly kind: 'monitor' | 'retrain';
  readonly modelName: string | null;
  readonly schedule: string | null;
  readonly nextRunAt: string | null;
  readonly running: boolean;
}

export interface JobRunInfo {
  readonly id: number;
  readonly jobName: string;
  readonly trigger: string;
  readonly status: string;
  readonly log: string;
  readonly error: string | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
}
