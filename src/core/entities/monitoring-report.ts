export type MonitoringStatus = 'OK' | 'WARN' | 'FAIL';

/** The stored result of one monitoring run of one model version. */
export interface MonitoringReport {
  readonly id: number;
  readonly modelName: string;
  readonly version: number | null;
  readonly runId: string | null;
  readonly status: MonitoringStatus;
  /** Headline numbers: drift share, drifted column count, live metric, label coverage, ... */
  readonly summary: Readonly<Record<string, unknown>>;
  /** The full report (its own versioned schema). */
  readonly report: Readonly<Record<string, unknown>>;
  readonly windowStart: Date | null;
  readonly windowEnd: Date | null;
  readonly createdAt: Date;
}

export type NewMonitoringReport = Omit<MonitoringReport, 'id'>;
