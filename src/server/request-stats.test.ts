import { describe, expect, it } from 'vitest';
import { RequestStatsCollector, summarizeTraffic } from './request-stats.js';

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

  it('keeps other versions apart by version: a canary or pinned answer never reaches the serving stats', () => {
    const stats = new RequestStatsCollector();
    stats.record('tickets', 200, 3);
    for (let i = 0; i < 10; i++) stats.recordOffServing('tickets', 2, i < 4 ? 500 : 200, 10 + i);
    stats.recordOffServing('tickets', 3, 200, 5);
    stats.recordOffServing('weather', 2, 200, 1);
    expect(stats.take('tickets')).toEqual({ total: 1, errors: 0, latencyP95Ms: 3 });
    const taken = stats.takeOffServing('tickets');
    expect([...taken.keys()].sort()).toEqual([2, 3]);
    expect(taken.get(2)).toEqual({ total: 10, errors: 4, latencyP95Ms: 19 });
    expect(taken.get(3)).toEqual({ total: 1, errors: 0, latencyP95Ms: 5 });
    expect(stats.takeOffServing('tickets').size).toBe(0);
    expect(stats.takeOffServing('weather').get(2)?.total).toBe(1);
  });

  it("hands all of a model's traffic over as data, and sums several processes' traffic", () => {
    const a = new RequestStatsCollector();
    const b = new RequestStatsCollector();
    for (let i = 1; i <= 60; i++) a.record('tickets', i % 20 === 0 ? 500 : 200, i);
    for (let i = 61; i <= 100; i++) b.record('tickets', 200, i);
    a.recordOffServing('tickets', 2, 500, 7);
    b.recordOffServing('tickets', 2, 200, 9);
    b.recordOffServing('tickets', 3, 200, 1);
    const raws = [a.takeRaw('tickets'), b.takeRaw('tickets')];
    // Through JSON, as node:cluster carries it between processes.
    const summed = summarizeTraffic(JSON.parse(JSON.stringify(raws)));
    expect(summed.serving).toEqual({ total: 100, errors: 3, latencyP95Ms: 95 });
    expect(summed.byVersion.get(2)).toEqual({ total: 2, errors: 1, latencyP95Ms: 9 });
    expect(summed.byVersion.get(3)).toEqual({ total: 1, errors: 0, latencyP95Ms: 1 });
    expect(a.take('tickets')).toBeUndefined();
    expect(summarizeTraffic([a.takeRaw('tickets')])).toEqual({ serving: undefined, byVersion: new Map() });
  });
});
