import { describe, expect, it } from 'vitest';
import { RequestStatsCollector } from './request-stats.js';

describe('RequestStatsCollector', () => {
  it('counts requests and 5xx answers per model, gives the 95th latency percentile, and starts over when taken', () => {
    const stats = new RequestStatsCollector();
    for (let i = 1; i <= 100; i++) stats.record('tickets', i % 25 === 0 ? 503 : 200, i);
    stats.record('weather', 200, 7);
    expect(stats.take('tickets')).toEqual({ total: 100, errors: 4, latencyP95Ms: 95 });
    expect(stats.take('tickets')).toBeUndefined();
    expect(stats.take('weather')).toEqual({ total: 1, errors: 0, latencyP95Ms: 7 });
    expect(stats.take('nope')).toBeUndefined();
  });
});
