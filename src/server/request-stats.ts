import type { RequestStats } from '../monitor/monitoring-spec.js';

/** Latencies kept per model between two monitoring runs; beyond it the oldest are overwritten. */
const MAX_SAMPLES = 10_000;

/**
 * Prediction traffic per model since the last monitoring run took it: requests, 5xx answers and a
 * latency sample for the 95th percentile, which the error-rate and latency alert rules and the
 * automatic rollback read.
 */
export class RequestStatsCollector {
  private readonly byModel = new Map<
    string,
    { total: number; errors: number; latencies: number[]; next: number }
  >();

  record(modelName: string, status: number, latencyMs: number): void {
    let entry = this.byModel.get(modelName);
    if (entry === undefined) {
      entry = { total: 0, errors: 0, latencies: [], next: 0 };
      this.byModel.set(modelName, entry);
    }
    entry.total++;
    if (status >= 500) entry.errors++;
    if (entry.latencies.length < MAX_SAMPLES) entry.latencies.push(latencyMs);
    else {
      entry.latencies[entry.next] = latencyMs;
      entry.next = (entry.next + 1) % MAX_SAMPLES;
    }
  }

  /** The traffic since the previous call, and a fresh start; undefined when there was none. */
  take(modelName: string): RequestStats | undefined {
    const entry = this.byModel.get(modelName);
    if (entry === undefined || entry.total === 0) return undefined;
    this.byModel.delete(modelName);
    const sorted = entry.latencies.sort((a, b) => a - b);
    const p95 =
      sorted.length === 0
        ? null
        : (sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] as number);
    return { total: entry.total, errors: entry.errors, latencyP95Ms: p95 };
  }
}
