import { describe, expect, it } from 'vitest';
import type { NewAlert } from '../core/entities/alert.js';
import type { NewMonitoringReport } from '../core/entities/monitoring-report.js';
import { contract } from './contract-fixtures.case.js';
import type { StoreContractContext } from './store-contract-context.case.js';

/** The MonitoringRepository part of the metadata-store contract: reports, alerts, job runs. */
export function describeMonitoringRepositoryContract(ctx: StoreContractContext): void {
  describe('monitoring history', () => {
    it('saves reports and reads them newest first, with a limit', async () => {
      const model = contract.name('model');
      const repo = ctx.store().monitoring;
      const first = await repo.saveReport(
        report(model, 0, { status: 'OK', windowStart: null, windowEnd: null }),
      );
      expect(first).toEqual({
        ...report(model, 0, { status: 'OK', windowStart: null, windowEnd: null }),
        id: first.id,
      });
      const second = await repo.saveReport(report(model, 1000));
      const third = await repo.saveReport(report(model, 1000, { status: 'WARN' }));
      expect(second).toEqual({ ...report(model, 1000), id: second.id });
      expect((await repo.listReports(model)).map((r) => r.id)).toEqual([third.id, second.id, first.id]);
      expect(await repo.listReports(model, 1)).toEqual([third]);
      expect(await repo.findLatestReport(model)).toEqual(third);
      expect(await repo.findLatestReport(contract.name('unknown'))).toBeUndefined();
    });

    it('records alerts and finds the latest by dedup key', async () => {
      const model = contract.name('model');
      const key = contract.name('drift');
      const repo = ctx.store().monitoring;
      const older = await repo.recordAlert(alert(model, key, 0));
      expect(older).toEqual({ ...alert(model, key, 0), id: older.id });
      const newer = await repo.recordAlert(alert(model, key, 60_000));
      const unrelated = await repo.recordAlert(alert(null, contract.name('quality'), 120_000));
      expect(await repo.findLatestAlert(key)).toEqual(newer);
      expect(await repo.findLatestAlert(contract.name('unknown'))).toBeUndefined();
      expect((await repo.listAlerts({ modelName: model })).map((a) => a.id)).toEqual([newer.id, older.id]);
      expect(await repo.listAlerts({ modelName: model, limit: 1 })).toEqual([newer]);
      expect((await repo.listAlerts()).map((a) => a.id)).toContain(unrelated.id);
    });

    it('starts and finishes job runs exactly once', async () => {
      const job = contract.name('monitor:tickets');
      const repo = ctx.store().monitoring;
      const started = await repo.startJobRun({ jobName: job, trigger: 'schedule', startedAt: contract.at() });
      expect(started).toEqual({
        id: started.id,
        jobName: job,
        trigger: 'schedule',
        status: 'running',
        log: '',
        error: null,
        startedAt: contract.at(),
        finishedAt: null,
      });
      const finished = await repo.finishJobRun(started.id, {
        status: 'failed',
        log: 'step 1\nstep 2',
        error: 'no reference',
        finishedAt: contract.at(50),
      });
      expect(finished).toEqual({
        ...started,
        status: 'failed',
        log: 'step 1\nstep 2',
        error: 'no reference',
        finishedAt: contract.at(50),
      });
      await contract.rejects(
        repo.finishJobRun(started.id, { status: 'succeeded', log: '', finishedAt: contract.at(60) }),
        'INVALID_ARGUMENT',
      );
      await contract.rejects(
        repo.finishJobRun(2_000_000_000, { status: 'succeeded', log: '', finishedAt: contract.at() }),
        'RUN_NOT_FOUND',
      );
    });

    it('lists job runs newest first, by job, with a limit', async () => {
      const job = contract.name('retrain:tickets');
      const repo = ctx.store().monitoring;
      const a = await repo.startJobRun({ jobName: job, trigger: 'manual', startedAt: contract.at(0) });
      const b = await repo.startJobRun({ jobName: job, trigger: 'api', startedAt: contract.at(1) });
      await repo.startJobRun({ jobName: contract.name('other'), trigger: 'api', startedAt: contract.at(2) });
      expect((await repo.listJobRuns({ jobName: job })).map((r) => r.id)).toEqual([b.id, a.id]);
      expect(await repo.listJobRuns({ jobName: job, limit: 1 })).toEqual([b]);
      expect((await repo.listJobRuns()).length).toBeGreaterThanOrEqual(3);
    });
  });
}

function report(
  modelName: string,
  offsetMs: number,
  overrides: Partial<NewMonitoringReport> = {},
): NewMonitoringReport {
  return {
    modelName,
    version: 2,
    runId: null,
    status: 'FAIL',
    summary: { driftShare: 0.5, driftedColumns: 3 },
    report: { schemaVersion: 1, columns: [{ name: 'amount', test: 'ks', pValue: 0.001 }] },
    windowStart: contract.at(offsetMs - 86_400_000),
    windowEnd: contract.at(offsetMs),
    createdAt: contract.at(offsetMs),
    ...overrides,
  };
}

function alert(modelName: string | null, dedupKey: string, offsetMs: number): NewAlert {
  return {
    rule: 'drift',
    modelName,
    severity: 'critical',
    message: 'dataset drift detected',
    dedupKey,
    payload: { driftShare: 0.6 },
    deliveries: [
      { channel: 'log', ok: true },
      { channel: 'webhook', ok: false, error: 'timeout' },
    ],
    createdAt: contract.at(offsetMs),
  };
}
