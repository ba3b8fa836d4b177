import type { LabelledPrediction } from '../core/entities/prediction-record.js';
import type { ModelSignature } from '../learn/model-signature.js';
import { type LivePerformance, measureLivePerformance } from './measure-live-performance.js';
import type { AutoRollbackSpec, MonitoringDeps, RequestStats } from './monitoring-spec.js';
import { primaryMetricOf } from './primary-metric-of.js';

/** Answers a canary needs before its error rate is judged: one failure among a 1 % share's first few requests is not a verdict. */
export const MIN_CANARY_REQUESTS = 20;

/** What the guard saw of one alias in the traffic split, and whether it took the alias out. */
export interface CanaryCheck {
  readonly alias: string;
  readonly version: number;
  readonly percent: number;
  /** Its answers since the last monitoring run; null when none came. */
  readonly requests: RequestStats | null;
  readonly errorRate: number | null;
  /**
   * Its primary metric on its own labelled predictions in the window, how many were scored, its
   * training value, and the serving version's live value in the same window for comparison.
   */
  readonly performance: {
    readonly metric: string;
    readonly value: number | null;
    readonly scored: number;
    readonly trainingValue: number | null;
    readonly servingValue: number | null;
  };
  /** Why it was stopped; empty when it is healthy (or not judged yet). */
  readonly reasons: readonly string[];
  /** True when this run removed the alias from the split: its share went back to the serving alias. */
  readonly stopped: boolean;
}

export interface CanaryGuardInput {
  readonly modelName: string;
  readonly servingVersion: number;
  /** The window's logged predictions of every version (a canary's are logged under its own). */
  readonly logged: readonly LabelledPrediction[];
  /** Each other version's answers since the last run (the server's traffic stats). */
  readonly byVersion: ReadonlyMap<number, RequestStats>;
  /** The serving version's live performance in the same window, reported beside each canary's. */
  readonly serving: LivePerformance;
  /** The rollback rules (their thresholds); false: canaries are judged and reported, never stopped. */
  readonly rules: false | AutoRollbackSpec;
  readonly minLabelled: number;
  readonly now: Date;
}

/**
 * The canary half of "roll out, and roll back": every alias that takes a share of the model's traffic
 * is judged on its own answers and its own labelled predictions, and taken out of the split (its share
 * back to the serving alias, recorded with actor `monitor`) when
 * - more than `maxErrorRate` of its answers since the last run were server errors (at least
 *   {@link MIN_CANARY_REQUESTS} of them), or
 * - its live primary metric is worse than its own training value by more than `performanceDrop`, on
 *   at least `minLabelled` scored predictions: the rule that rolls a fresh promotion back.
 * The serving version's live value in the same window is reported beside the canary's for a person to
 * compare, not judged: on the few hundred labels a small share collects, the difference between two
 * live metrics is mostly noise (a 60-label ROC AUC has a standard error near 0.06), and a guard that
 * stopped healthy canaries on it would soon be turned off.
 * Its alias keeps pointing at its version: stopping a canary is a traffic decision, not a registry one.
 */
export async function guardCanaries(deps: MonitoringDeps, input: CanaryGuardInput): Promise<CanaryCheck[]> {
  const { modelName } = input;
  const split = await deps.models.getTrafficSplit(modelName);
  const shares = Object.entries(split.split);
  if (shares.length === 0) return [];
  const versionOf = new Map((await deps.models.listAliases(modelName)).map((a) => [a.alias, a.version]));
  const remaining: Record<string, number> = { ...split.split };
  const checks: CanaryCheck[] = [];
  for (const [alias, percent] of shares) {
    const version = versionOf.get(alias);
    // The alias may meanwhile point at the serving version: that share is production's own traffic.
    if (version === undefined || version === input.servingVersion) continue;
    const registered = await deps.models.getVersion(modelName, version);
    const signature = registered.signature as unknown as ModelSignature;
    const performance = measureLivePerformance(
      input.logged.filter((p) => p.version === version),
      signature.output,
      primaryMetricOf(registered.metrics, signature) ?? undefined,
    );
    const requests = input.byVersion.get(version) ?? null;
    const errorRate = requests === null || requests.total === 0 ? null : requests.errors / requests.total;
    const reasons = input.rules === false ? [] : judge(input, input.rules, performance, requests, errorRate);
    if (reasons.length > 0) delete remaining[alias];
    checks.push({
      alias,
      version,
      percent,
      requests,
      errorRate,
      performance: {
        metric: performance.metric,
        value: performance.value,
        scored: performance.scored,
        trainingValue: performance.trainingValue,
        servingValue: input.serving.value,
      },
      reasons,
      stopped: reasons.length > 0,
    });
  }
  if (checks.some((c) => c.stopped))
    await deps.models.setTrafficSplit(modelName, remaining, 'monitor', input.now);
  return checks;
}

function judge(
  input: CanaryGuardInput,
  rules: AutoRollbackSpec,
  performance: LivePerformance,
  requests: RequestStats | null,
  errorRate: number | null,
): string[] {
  const reasons: string[] = [];
  const maxErrorRate = rules.maxErrorRate ?? 0.05;
  if (
    requests !== null &&
    requests.total >= MIN_CANARY_REQUESTS &&
    errorRate !== null &&
    errorRate > maxErrorRate
  )
    reasons.push(
      `error rate ${(errorRate * 100).toFixed(1)}% of ${requests.total} answers (limit ${(maxErrorRate * 100).toFixed(1)}%)`,
    );
  const drop = rules.performanceDrop ?? 0.05;
  const value = performance.value;
  if (value === null || performance.scored < input.minLabelled) return reasons;
  const worse = (than: number) => (performance.higherIsBetter ? than - value : value - than);
  const metric = `live ${performance.metric} ${value.toFixed(4)}`;
  if (performance.trainingValue !== null && worse(performance.trainingValue) > drop)
    reasons.push(`${metric} is ${worse(performance.trainingValue).toFixed(4)} worse than its training value`);
  return reasons;
}
