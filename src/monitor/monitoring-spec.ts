import type { Clock } from '../core/clock.js';
import type { AliasChange } from '../core/entities/alias.js';
import type { MonitoringReport } from '../core/entities/monitoring-report.js';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import type { MonitoringRepository } from '../core/ports/monitoring-repository.js';
import type { PredictionRepository } from '../core/ports/prediction-repository.js';
import type { RunRepository } from '../core/ports/run-repository.js';
import type { StepRecord } from '../jobs/run-steps.js';
import type { AlertChannel } from './alert-channel.js';
import type { DispatchOutcome } from './dispatch-alerts.js';

/** What a health probe saw: the seeds' daily DAG checks the API answers and makes a test prediction. */
export interface HealthProbeResult {
  readonly ok: boolean;
  readonly detail: string;
}

/** Served traffic of the model since the last monitoring run (the server measures it). */
export interface RequestStats {
  readonly total: number;
  /** Answers with a 5xx status. */
  readonly errors: number;
  readonly latencyP95Ms: number | null;
}

/**
 * A model's served traffic: the serving version's answers, which the error-rate and latency rules and
 * the automatic rollback judge, and every other version's by version (canary shares, pinned requests),
 * which the canary guard judges.
 */
export interface TrafficStats {
  readonly serving: RequestStats | undefined;
  readonly byVersion: ReadonlyMap<number, RequestStats>;
}

export interface MonitoringDeps {
  readonly models: ModelRepository;
  readonly predictions: PredictionRepository;
  readonly monitoring: MonitoringRepository;
  readonly runs: RunRepository;
  readonly artifacts: ArtifactStore;
  readonly clock: Clock;
  /** Where alerts go (webhook, e-mail); none: alerts are only recorded. */
  readonly channels?: readonly AlertChannel[];
  /** The server's health and a test prediction; skipped when absent. */
  readonly probe?: () => Promise<HealthProbeResult>;
  /** The server's traffic of the model since the last run took it (the whole server's, with workers). */
  readonly trafficStats?: (modelName: string) => TrafficStats | Promise<TrafficStats>;
  readonly onStep?: (step: StepRecord) => void;
}

export interface AutoRollbackSpec {
  /** Only a promotion this recent is rolled back automatically (default 24 h). */
  readonly watchMs?: number;
  /** Roll back when live performance is below the training metric by more than this (default 0.05). */
  readonly performanceDrop?: number;
  /** Roll back when the share of failed requests is above this (default 0.05, the seeds' error_rate_threshold). */
  readonly maxErrorRate?: number;
  /** Roll back when prediction drift reaches FAIL (default true). */
  readonly onPredictionDrift?: boolean;
}

export interface MonitoringSpec {
  readonly modelName: string;
  /** The alias whose version is monitored (default production). */
  readonly alias?: string;
  /** How far back logged predictions are read (default 24 h). */
  readonly windowMs?: number;
  /** Fewer logged predictions than this: drift is not judged (default 30). */
  readonly minRows?: number;
  /** Live metric below the training metric by more than this: WARN; twice: FAIL (default 0.05). */
  readonly performanceMargin?: number;
  /** Labelled predictions needed before live performance is judged (default 30). */
  readonly minLabelled?: number;
  /** Share of drifted input columns that is dataset drift (default 0.5). */
  readonly driftShare?: number;
  /** Automatic rollback after a recent promotion; false disables it (default enabled). */
  readonly autoRollback?: false | AutoRollbackSpec;
  /** Alert cooldown (default 1 h). */
  readonly cooldownMs?: number;
}

export interface MonitoringResult {
  readonly status: 'succeeded' | 'failed';
  readonly steps: readonly StepRecord[];
  readonly error?: { readonly code: string; readonly message: string };
  readonly runId?: string;
  /** The stored report; its `status` is the monitoring verdict OK / WARN / FAIL. */
  readonly report?: MonitoringReport;
  /** Set when this run rolled the alias back. */
  readonly rollback?: AliasChange;
  readonly alerts: readonly DispatchOutcome[];
}
