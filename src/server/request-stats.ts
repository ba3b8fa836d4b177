import type { RequestStats } from '../monitor/monitoring-spec.js';

/** Latencies kept per model (or version) between two monitoring runs; beyond it the oldest are overwritten. */
const MAX_SAMPLES = 10_000;

interface Tally {
  total: number;
  errors: number;
  latencies: number[];
  next: number;
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
