import type { AlertSeverity } from '../core/entities/alert.js';
import type { MonitoringStatus } from '../core/entities/monitoring-report.js';

/** The rules Sextant evaluates after a monitoring window; each names the alerts it raises. */
/** Rules evaluated on a monitoring summary, plus the events a monitoring run raises itself. */
export type AlertRuleName =
  | 'drift'
  | 'data_quality'
  | 'performance'
  | 'error_rate'
  | 'latency'
  | 'health'
  | 'rollback'
  | 'canary_stopped'
  | 'model_load_failed';

/**
 * The numbers of one monitoring window of one model that the rules look at. Every part is optional:
 * a part that is absent (no current data, no labels yet, no served traffic) raises nothing. The parts
 * are shaped so that a drift report's `dataset`, a data-quality report and a LivePerformance can be
 * passed as they are.
 */
export interface AlertSummary {
  readonly modelName: string;
  readonly version?: number | null;
  readonly drift?: {
    readonly status: MonitoringStatus;
    readonly drifted: number;
    readonly compared: number;
    readonly driftedShare: number;
    /** Names of the drifted columns, for the message. */
    readonly driftedColumns?: readonly string[];
  };
  readonly dataQuality?: {
    readonly status: MonitoringStatus;
    readonly inputs: readonly { readonly problems: readonly string[] }[];
  };
  readonly performance?: {
    readonly metric: string;
    readonly value: number | null;
    readonly trainingValue: number | null;
    readonly higherIsBetter: boolean;
    /** Labelled predictions the value was computed on. */
    readonly scored: number;
  };
  /** Served traffic in the window: requests, failed requests (5xx) and the 95th latency percentile. */
  readonly requests?: {
    readonly total: number;
    readonly errors: number;
    readonly latencyP95Ms: number | null;
  };
}

interface RuleCommon {
  /** Overrides the rule's default severity. */
  readonly severity?: AlertSeverity;
}

/** Thresholds of the rules; `false` turns a rule off; an omitted field keeps the default. */
export interface AlertRulesConfig {
  /** Fires at this dataset drift status (default FAIL, the status that makes `sextant monitor` exit 2). */
  readonly drift?: false | (RuleCommon & { readonly minStatus?: 'WARN' | 'FAIL' });
  /** Fires at this data-quality verdict (default FAIL). */
  readonly dataQuality?: false | (RuleCommon & { readonly minStatus?: 'WARN' | 'FAIL' });
  /**
   * Fires when the live metric is worse than training by more than `margin` (metric units) or more
   * than `relativeMargin` (share of the training value), on at least `minSamples` scored predictions
   * (default 30: fewer make a noisy metric). With neither margin given: `relativeMargin` 0.1, which
   * reads the same for a bounded AUC and an RMSE in the target's unit.
   */
  readonly performance?:
    | false
    | (RuleCommon & {
        readonly margin?: number;
        readonly relativeMargin?: number;
        readonly minSamples?: number;
      });
  /** Fires when failed / total requests exceeds `max` (default 0.05, the seeds' ROLLBACK_CONFIG) on at least `minRequests` (default 20). */
  readonly errorRate?: false | (RuleCommon & { readonly max?: number; readonly minRequests?: number });
  /** Fires when the p95 latency exceeds `maxP95Ms` (default 1000, the seeds' HighLatency) on at least `minRequests` (default 20). */
  readonly latency?: false | (RuleCommon & { readonly maxP95Ms?: number; readonly minRequests?: number });
}

/** An alert a rule raised, before cooldown, delivery and recording. */
export interface AlertCandidate {
  readonly rule: AlertRuleName;
  readonly modelName: string;
  readonly severity: AlertSeverity;
  /** One line a person can act on: model, what crossed which limit, by how much. */
  readonly message: string;
  /** `<model>:<rule>`: the same problem of the same model again is one alert (cooldown). */
  readonly dedupKey: string;
  /** The numbers behind the message, for the channels' structured fields and the history. */
  readonly payload: Readonly<Record<string, unknown>>;
}
