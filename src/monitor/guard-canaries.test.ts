import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replayTickets } from '../test-support/replay-tickets.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import type { CanaryCheck } from './guard-canaries.js';
import type { MonitoringDeps, RequestStats } from './monitoring-spec.js';
import { runMonitoring } from './run-monitoring.js';

let seed: ServingWorkspace;
let deps: MonitoringDeps;
let canary: number;
/** What the server would hand over as the other versions' traffic since the last run. */
let offServing = new Map<number, RequestStats>();
const now = new Date(Date.now() + 60_000);

beforeAll(async () => {
  seed = await seedServingWorkspace('sextant-canary-guard-', 600);
  canary = await seed.trainVersion(2, 'canary');
  const { store, artifacts } = seed.workspace;
  deps = {
    models: store.models,
    predictions: store.predictions,
    monitoring: store.monitoring,
    runs: store.runs,
    artifacts,
    clock: { now: () => now },
    trafficStats: () => ({ serving: undefined, byVersion: offServing }),
  };
  // Production's own traffic, labelled: the yardstick a canary's live metric is held against.
  await replayTickets(seed.workspace, 1, {
    rows: 200,
    seed: 11,
    labelShare: 1,
    at: new Date(now.getTime() - 120_000),
  });
});
afterAll(() => seed.dispose());

beforeEach(async () => {
  offServing = new Map();
  await seed.workspace.store.models.setTrafficSplit('tickets', { canary: 10 }, 'cli:ana', now);
});

const split = async () => (await seed.workspace.store.models.getTrafficSplit('tickets')).split;
const checksOf = (result: Awaited<ReturnType<typeof runMonitoring>>) =>
  ((result.report?.report ?? {}) as { canaries?: CanaryCheck[] }).canaries ?? [];

describe('the canary guard of a monitoring run', () => {
  it('keeps a healthy canary, and reports its traffic and live metric', async () => {
    await replayTickets(seed.workspace, canary, {
      rows: 60,
      seed: 12,
      labelShare: 1,
      at: new Date(now.getTime() - 90_000),
    });
    offServing = new Map([[canary, { total: 60, errors: 1, latencyP95Ms: 3 }]]);
    const result = await runMonitoring(deps, { modelName: 'tickets' });
    expect(result.error).toBeUndefined();
    const [check] = checksOf(result);
    expect(check).toMatchObject({
      alias: 'canary',
      version: canary,
      percent: 10,
      stopped: false,
      reasons: [],
    });
    expect(check?.errorRate).toBeCloseTo(1 / 60, 12);
    expect(check?.performance).toMatchObject({ metric: 'roc_auc', scored: 60 });
    const live = result.report?.summary.liveMetric as { value: number };
    expect(check?.performance.servingValue).toBe(live.value);
    expect(check?.performance.value).toBeGreaterThan(0.7);
    expect(result.steps.find((s) => s.name === 'canary')?.detail).toBe(
      `canary (version ${canary}, 10%): kept`,
    );
    expect(await split()).toEqual({ canary: 10 });
    expect(result.report?.summary).toMatchObject({ canaries: [{ alias: 'canary', stopped: false }] });
  });

  it('stops a canary whose answers fail: its share goes back to production, with a critical alert', async () => {
    offServing = new Map([[canary, { total: 40, errors: 10, latencyP95Ms: 3 }]]);
    const result = await runMonitoring(deps, { modelName: 'tickets' });
    const [check] = checksOf(result);
    expect(check).toMatchObject({ stopped: true, errorRate: 0.25 });
    expect(check?.reasons).toEqual(['error rate 25.0% of 40 answers (limit 5.0%)']);
    const stored = await seed.workspace.store.models.getTrafficSplit('tickets');
    expect(stored).toMatchObject({ split: {}, actor: null });
    // A traffic decision, not a registry one: the alias still names the version someone may fix.
    expect((await seed.workspace.store.models.getAlias('tickets', 'canary')).version).toBe(canary);
    expect((await seed.workspace.store.models.getAlias('tickets', 'production')).version).toBe(1);
    expect(['WARN', 'FAIL']).toContain(result.report?.status);
    const alerts = await seed.workspace.store.monitoring.listAlerts({ modelName: 'tickets' });
    const alert = alerts.find((a) => a.rule === 'canary_stopped');
    expect(alert?.severity).toBe('critical');
    expect(alert?.message).toContain(`canary "canary" (version ${canary}, 10% of traffic) stopped`);
  });

  it('does not judge an error rate on fewer than 20 answers', async () => {
    offServing = new Map([[canary, { total: 19, errors: 19, latencyP95Ms: 3 }]]);
    const [check] = checksOf(await runMonitoring(deps, { modelName: 'tickets' }));
    expect(check).toMatchObject({ stopped: false, errorRate: 1 });
    expect(await split()).toEqual({ canary: 10 });
  });

  it('stops a canary whose live metric falls below its training value', async () => {
    await replayTickets(seed.workspace, canary, {
      rows: 300,
      seed: 13,
      labelShare: 1,
      flipLabels: true,
      at: new Date(now.getTime() - 30_000),
    });
    const result = await runMonitoring(deps, { modelName: 'tickets' });
    const [check] = checksOf(result);
    expect(check?.stopped).toBe(true);
    expect(
      check?.reasons.some((r) => /^live roc_auc 0\.\d{4} is 0\.\d{4} worse than its training value$/.test(r)),
    ).toBe(true);
    expect(check?.reasons).toHaveLength(1);
    expect(check?.performance.servingValue).toBeGreaterThan(0.7);
    expect(await split()).toEqual({});
  });

  it('judges but never stops with automatic rollback off', async () => {
    offServing = new Map([[canary, { total: 100, errors: 50, latencyP95Ms: 3 }]]);
    const [check] = checksOf(await runMonitoring(deps, { modelName: 'tickets', autoRollback: false }));
    expect(check).toMatchObject({ stopped: false, reasons: [], errorRate: 0.5 });
    expect(await split()).toEqual({ canary: 10 });
  });

  it('says so when there is no split', async () => {
    await seed.workspace.store.models.setTrafficSplit('tickets', {}, 'cli:ana', now);
    const result = await runMonitoring(deps, { modelName: 'tickets' });
    expect(checksOf(result)).toEqual([]);
    expect(result.steps.find((s) => s.name === 'canary')?.detail).toBe('no canary in the traffic split');
  });
});
