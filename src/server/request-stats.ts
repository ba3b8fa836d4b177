import type { RequestStats, TrafficStats } from '../monitor/monitoring-spec.js';

/** Latencies kept per model (or version) between two monitoring runs; beyond it the oldest are overwritten. */
const MAX_SAMPLES = 10_000;

interface Tally {
  total: number;
  errors: number;
  latencies: number[];
  next: number;
}

/**
 * One process's traffic of a model as plain data, so the workers of `serve --workers N` can send
 * theirs to the one whose monitoring run asks, which sums them with {@link summarizeTraffic}.
 */
export interface RawTraffic {
  readonly serving: Tally | undefined;
  readonly byVersion: readonly (readonly [number, Tally])[];
}

/**
 * Prediction traffic since the last monitoring run took it: requests, 5xx answers and a latency sample
 * for the 95th percentile. The serving version's answers feed the error-rate and latency alert rules
 * and the automatic rollback; the answers of any other version (a canary share, a pinned request) are
 * kept apart by version, for the canary guard, so neither judges the other.
 */
export class RequestStatsCollector {
  private readonly serving = new Map<string, Tally>();
  private readonly offServing = new Map<string, Map<number, Tally>>();

  /** One answer of the version that serves `modelName`'s alias. */
  record(modelName: string, status: number, latencyMs: number): void {
    let tally = this.serving.get(modelName);
    if (tally === undefined) {
      tally = newTally();
      this.serving.set(modelName, tally);
    }
    count(tally, status, latencyMs);
  }

  /** One answer of another version of `modelName`: a canary share, or a request pinned to a version. */
  recordOffServing(modelName: string, version: number, status: number, latencyMs: number): void {
    let byVersion = this.offServing.get(modelName);
    if (byVersion === undefined) {
      byVersion = new Map();
      this.offServing.set(modelName, byVersion);
    }
    let tally = byVersion.get(version);
    if (tally === undefined) {
      tally = newTally();
      byVersion.set(version, tally);
    }
    count(tally, status, latencyMs);
  }

  /** The serving version's traffic since the previous call, and a fresh start; undefined when there was none. */
  take(modelName: string): RequestStats | undefined {
    const tally = this.serving.get(modelName);
    this.serving.delete(modelName);
    return tally === undefined || tally.total === 0 ? undefined : summarize(tally);
  }

  /** All of `modelName`'s traffic since the previous take, as data, and a fresh start. */
  takeRaw(modelName: string): RawTraffic {
    const serving = this.serving.get(modelName);
    const byVersion = [...(this.offServing.get(modelName) ?? [])];
    this.serving.delete(modelName);
    this.offServing.delete(modelName);
    return { serving, byVersion };
  }

  /** Every other version's traffic since the previous call, by version, and a fresh start. */
  takeOffServing(modelName: string): ReadonlyMap<number, RequestStats> {
    const byVersion = this.offServing.get(modelName);
    this.offServing.delete(modelName);
    const stats = new Map<number, RequestStats>();
    for (const [version, tally] of byVersion ?? []) stats.set(version, summarize(tally));
    return stats;
  }
}

function newTally(): Tally {
  return { total: 0, errors: 0, latencies: [], next: 0 };
}

function count(tally: Tally, status: number, latencyMs: number): void {
  tally.total++;
  if (status >= 500) tally.errors++;
  if (tally.latencies.length < MAX_SAMPLES) tally.latencies.push(latencyMs);
  else {
    tally.latencies[tally.next] = latencyMs;
    tally.next = (tally.next + 1) % MAX_SAMPLES;
  }
}

function summarize(tally: Tally): RequestStats {
  const sorted = tally.latencies.sort((a, b) => a - b);
  const p95 =
    sorted.length === 0
      ? null
      : (sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] as number);
  return { total: tally.total, errors: tally.errors, latencyP95Ms: p95 };
}

/**
 * The traffic of several processes (or one) summed: requests and errors added, the 95th latency
 * percentile taken over their latency samples together.
 */
export function summarizeTraffic(raws: readonly RawTraffic[]): TrafficStats {
  const merge = (tallies: readonly Tally[]): Tally => ({
    total: tallies.reduce((sum, t) => sum + t.total, 0),
    errors: tallies.reduce((sum, t) => sum + t.errors, 0),
    latencies: tallies.flatMap((t) => t.latencies),
    next: 0,
  });
  const serving = raws.flatMap((r) => (r.serving === undefined ? [] : [r.serving]));
  const versions = new Map<number, Tally[]>();
  for (const raw of raws)
    for (const [version, tally] of raw.byVersion)
      versions.set(version, [...(versions.get(version) ?? []), tally]);
  const total = merge(serving);
  return {
    serving: total.total === 0 ? undefined : summarize(total),
    byVersion: new Map([...versions].map(([version, tallies]) => [version, summarize(merge(tallies))])),
  };
}
