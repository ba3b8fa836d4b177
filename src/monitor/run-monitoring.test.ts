import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayTickets } from '../test-support/replay-tickets.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import type { MonitoringDeps } from './monitoring-spec.js';
import { runMonitoring } from './run-monitoring.js';

let seed: ServingWorkspace;
let deps: MonitoringDeps;
/** Moves forward only when a test says so: windows and watch periods are exact. */
// After the seed's own alias move, which the workspace's real clock stamps: a fixed date here made the
// rollback test fail once the calendar passed it (the seed's move then looked like the latest one).
let now = new Date(Date.now() + 60_000);

beforeAll(async () => {
  seed = await seedServingWorkspace('sextant-monitor-', 600);
  const { store, artifacts } = seed.workspace;
  deps = {
    models: store.models,
    predictions: store.predictions,
    monitoring: store.monitoring,
    runs: store.runs,
    artifacts,
    clock: { now: () => now },
  };
});
afterAll(() => seed.dispose());

/** Logs predictions at the test's clock. */
const replay = (
  version: number,
  rows: number,
  options: { drift?: number; seed: number; labelShare: number; flipLabels?: boolean },
) => replayTickets(seed.workspace, version, { rows, ...options, at: new Date(now.getTime() - 60_000) });

describe('runMonitoring', () => {
  it('reports OK with a note when there is no traffic yet, and records a monitor run', async () => {
    const result = await runMonitoring(deps, { modelName: 'tickets' });
    expect(result.error).toBeUndefined();
    expect(result.report?.status).toBe('OK');
    expect(result.report?.summary).toMatchObject({ predictionCount: 0, driftStatus: null, labelCoverage: 0 });
    expect(((result.report as { report: unknown }).report as { driftNote: string }).driftNote).toMatch(
      /fewer than the 30/,
    );
    const run = await seed.workspace.store.runs.getRun(result.runId as string);
    expect(run).toMatchObject({ kind: 'monitor', status: 'succeeded', modelName: 'tickets' });
  });

  it('sees drifted traffic: input and prediction drift, live performance from feedback, a stored FAIL/WARN and an alert', async () => {
    await replay(1, 800, { drift: 1, seed: 7, labelShare: 0.5 });
    const result = await runMonitoring(deps, { modelName: 'tickets', autoRollback: false });
    expect(result.error).toBeUndefined();
    const summary = result.report?.summary as Record<string, unknown>;
    expect(['WARN', 'FAIL']).toContain(result.report?.status);
    expect(summary.predictionCount).toBe(800);
    expect(summary.labelCoverage).toBeCloseTo(0.5, 10);
    expect(summary.driftedColumns).toBeGreaterThan(0);
    expect(summary.liveMetric).toMatchObject({ name: 'roc_auc' });
    const drift = (
      (result.report as { report: unknown }).report as { drift: { columns: { name: string }[] } }
    ).drift;
    expect(drift.columns.map((c) => c.name).sort()).toEqual([
      'customer_tier',
      'description',
      'source',
      'title',
    ]);
    expect(
      ((result.report as { report: unknown }).report as { predictionDrift: { name: string } }).predictionDrift
        .name,
    ).toBe('__prediction__');
    const alerts = await seed.workspace.store.monitoring.listAlerts({ modelName: 'tickets' });
    expect(alerts.some((a) => a.rule === 'drift')).toBe(true);
    const history = await seed.workspace.store.monitoring.listReports('tickets');
    expect(history.map((r) => r.id)).toContain(result.report?.id);
  });

  it('counts drift detections across runs and suppresses a repeated alert within its cooldown', async () => {
    const before = (await seed.workspace.store.monitoring.findLatestReport('tickets'))?.summary as {
      driftDetectedTotal: number;
    };
    now = new Date(now.getTime() + 60_000);
    const again = await runMonitoring(deps, { modelName: 'tickets', autoRollback: false });
    const summary = again.report?.summary as { driftDetectedTotal: number; driftShare: number };
    expect(summary.driftDetectedTotal).toBe(before.driftDetectedTotal + (summary.driftShare >= 0.5 ? 1 : 0));
    expect(again.alerts.every((a) => a.status === 'suppressed')).toBe(true);
  });

  it('rolls back a fresh promotion whose live performance collapsed, and says so', async () => {
    const v2 = await seed.trainVersion(2);
    now = new Date(now.getTime() + 3_600_000);
    await seed.workspace.store.models.moveAlias({
      modelName: 'tickets',
      alias: 'production',
      version: v2,
      actor: 'retrain',
      reason: 'promoted',
      at: now,
    });
    await replay(v2, 200, { seed: 8, labelShare: 1, flipLabels: true });
    const result = await runMonitoring(deps, { modelName: 'tickets', windowMs: 30 * 60_000 });
    expect(result.error).toBeUndefined();
    expect(result.rollback).toMatchObject({ fromVersion: v2, toVersion: 1, actor: 'monitor' });
    expect(result.rollback?.reason).toMatch(/^rollback from version 2 to 1: automatic rollback/);
    expect((await seed.workspace.store.models.getAlias('tickets', 'production')).version).toBe(1);
    expect(result.report?.summary).toMatchObject({ rolledBack: { from: v2, to: 1 } });
    const alerts = await seed.workspace.store.monitoring.listAlerts({ modelName: 'tickets' });
    expect(alerts.find((a) => a.rule === 'rollback')?.severity).toBe('critical');
  });

  it('leaves an old promotion alone: only the watch window rolls back', async () => {
    await seed.workspace.store.models.moveAlias({
      modelName: 'tickets',
      alias: 'production',
      version: 2,
      actor: 'ops',
      reason: 'manual',
      at: now,
    });
    now = new Date(now.getTime() + 48 * 3_600_000);
    await replay(2, 100, { seed: 9, labelShare: 1, flipLabels: true });
    const result = await runMonitoring(deps, { modelName: 'tickets', windowMs: 3_600_000 });
    expect(result.rollback).toBeUndefined();
    expect(result.report?.status).toBe('FAIL');
  });

  it('returns a failed result naming the problem for an unknown model', async () => {
    const result = await runMonitoring(deps, { modelName: 'nope' });
    expect(result).toMatchObject({ status: 'failed', error: { code: 'MODEL_NOT_FOUND' } });
  });
});
