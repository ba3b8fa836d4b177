import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameToRecords } from '../data/frame-to-records.js';
import { generateTickets, type Ticket } from '../data/generate-tickets.js';
import { readFrame } from '../data/read-frame.js';
import { takeRows } from '../data/take-rows.js';
import { writeCsv } from '../data/write-csv.js';
import { encodeTarget } from '../learn/encode-target.js';
import { stratifiedSplit } from '../learn/stratified-split.js';
import { loadPredictor } from '../registry/load-predictor.js';
import { rocAuc } from '../stats/metrics/roc-auc.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import { type RetrainSpec, retrainModel } from './retrain-model.js';

const DAY_MS = 86_400_000;

/**
 * Tickets from a period whose labels changed meaning: every chat ticket is urgent now (a new on-call
 * rule), which a model trained before cannot know and a candidate trained on the new data learns.
 */
const drifted = (rows: number, seed: number): Ticket[] =>
  generateTickets({ rows, seed, drift: 0.6 }).map((t) => (t.source === 'chat' ? { ...t, urgent: 1 } : t));

let seeded: ServingWorkspace;
let files: { small: string; medium: string; big: string; noTier: string; extra: string };

beforeAll(async () => {
  seeded = await seedServingWorkspace('sextant-retrain-', 300);
  const csv = async (name: string, records: readonly object[]) => {
    const path = join(seeded.dir, name);
    await writeCsv(path, records as Record<string, unknown>[]);
    return path;
  };
  files = {
    small: await csv('new-100.csv', drifted(100, 21)),
    medium: await csv('new-200.csv', drifted(200, 22)),
    big: await csv('new-900.csv', drifted(900, 23)),
    noTier: await csv(
      'no-tier.csv',
      drifted(50, 24).map(({ customer_tier: _, ...rest }) => rest),
    ),
    extra: await csv(
      'extra.csv',
      drifted(50, 25).map((t) => ({ ticket_id: 'x', ...t })),
    ),
  };
});
afterAll(() => seeded.dispose());

const retrain = (spec: Partial<RetrainSpec> & { newPaths: string[] }) => {
  const ws = seeded.workspace;
  return retrainModel(
    {
      datasets: ws.store.datasets,
      runs: ws.store.runs,
      models: ws.store.models,
      predictions: ws.store.predictions,
      artifacts: ws.artifacts,
      clock: ws.clock,
    },
    { modelName: 'tickets', ...spec },
  );
};
const production = async () =>
  (await seeded.workspace.store.models.getAlias('tickets', 'production')).version;

describe('retrainModel', () => {
  it('refuses bad inputs with the catalogue code and leaves production and the registry untouched', async () => {
    const ws = seeded.workspace;
    const before = (await ws.store.models.listVersions('tickets')).length;
    const cases: [Partial<RetrainSpec> & { newPaths: string[] }, string][] = [
      [{ modelName: 'nope', newPaths: [files.small] }, 'MODEL_NOT_FOUND'],
      [{ newPaths: [join(seeded.dir, 'missing.csv')] }, 'FILE_NOT_FOUND'],
      [{ newPaths: [files.small, files.noTier] }, 'COLUMN_MISSING'],
      [{ newPaths: [] }, 'INVALID_ARGUMENT'],
      [{ newPaths: [files.small], maxRows: 10 }, 'INVALID_ARGUMENT'],
      [{ newPaths: [files.small], margin: -1 }, 'INVALID_ARGUMENT'],
    ];
    for (const [spec, code] of cases) {
      const result = await retrain(spec);
      expect(result.status, code).toBe('failed');
      expect(result.error?.code).toBe(code);
      expect(result.decision).toBeUndefined();
    }
    const missing = await retrain({ newPaths: [files.small, files.noTier] });
    expect(missing.error?.message).toContain('"customer_tier" is missing');
    expect(missing.steps.map((s) => [s.name, s.status])).toEqual([
      ['resolve', 'succeeded'],
      ['combine', 'failed'],
    ]);
    expect(await production()).toBe(1);
    expect(await ws.store.models.listVersions('tickets')).toHaveLength(before);
    expect(await ws.store.runs.listRuns({ kind: 'retrain' })).toEqual([]);
    // A model without a production alias has nothing to beat.
    await ws.store.models.moveAlias({
      modelName: 'tickets',
      alias: 'production',
      version: null,
      actor: 'test',
      reason: 'remove',
      at: new Date(),
    });
    try {
      expect((await retrain({ newPaths: [files.small] })).error?.code).toBe('ALIAS_NOT_FOUND');
    } finally {
      await ws.store.models.moveAlias({
        modelName: 'tickets',
        alias: 'production',
        version: 1,
        actor: 'test',
        reason: 'restore',
        at: new Date(),
      });
    }
  });

  it('fixed mode: combines the original reference with the new batches, with lineage', async () => {
    const ws = seeded.workspace;
    const result = await retrain({ newPaths: [files.small, files.extra] });
    expect(result.error).toBeUndefined();
    expect(result.steps.map((s) => s.name)).toEqual(['resolve', 'combine', 'train', 'evaluate', 'gate']);
    const combined = result.dataset!;
    expect(combined).toMatchObject({ datasetName: 'tickets', role: 'reference', rowCount: 300 + 100 + 50 });
    // The extra column of a new file is left out: the combined data has the reference's columns.
    expect(combined.schema.columns.map((c) => c.name)).toEqual([
      'title',
      'description',
      'source',
      'customer_tier',
      'urgent',
    ]);
    const reference = await ws.store.datasets.getVersion('tickets', 1);
    const batches = await ws.store.datasets.listVersions('tickets-new');
    expect(batches.map((b) => [b.role, b.rowCount])).toEqual([
      ['batch', 100],
      ['batch', 50],
    ]);
    expect(combined.parentIds).toEqual([reference.id, ...batches.map((b) => b.id)]);
    const candidate = await ws.store.models.getVersion('tickets', result.decision!.candidateVersion);
    expect(candidate.datasetVersionIds).toEqual([combined.id]);
    // Without promoteIfBetter the gate only reports.
    expect(result.decision?.promoted).toBe(false);
    expect(await production()).toBe(1);

    // Promote it by hand, then retrain again: fixed mode starts from the original reference, not from
    // what production was trained on.
    await ws.store.models.moveAlias({
      modelName: 'tickets',
      alias: 'production',
      version: candidate.version,
      actor: 'test',
      reason: 'by hand',
      at: new Date(),
    });
    try {
      const again = await retrain({ newPaths: [files.medium] });
      expect(again.error).toBeUndefined();
      expect(again.dataset?.rowCount).toBe(300 + 200);
      expect(again.dataset?.parentIds[0]).toBe(reference.id);

      // Rolling mode starts from production's own data (450 rows) and can keep only the newest rows.
      const rolling = await retrain({ newPaths: [files.medium], mode: 'rolling' });
      expect(rolling.dataset?.rowCount).toBe(450 + 200);
      expect(rolling.dataset?.parentIds[0]).toBe(combined.id);
      const windowed = await retrain({ newPaths: [files.medium], mode: 'rolling', maxRows: 500 });
      expect(windowed.dataset?.rowCount).toBe(500);
      expect(windowed.steps[1]?.detail).toContain('450 rows of tickets:2 + 200 new - 150 oldest = 500 rows');
    } finally {
      await ws.store.models.moveAlias({
        modelName: 'tickets',
        alias: 'production',
        version: 1,
        actor: 'test',
        reason: 'restore',
        at: new Date(),
      });
    }
  });

  it('promotes a candidate that beats production by the margin, and records the decision', async () => {
    const ws = seeded.workspace;
    const now = ws.clock.now().getTime();
    // The production log: labelled drifted predictions of the last days, one too old, one unlabelled.
    const logged = drifted(120, 31);
    await ws.store.predictions.logPredictions(
      logged.map(({ urgent: _, ...inputs }, i) => ({
        requestId: `r${i}`,
        modelName: 'tickets',
        version: 1,
        inputs,
        output: { label: '0', probabilities: { '0': 0.5, '1': 0.5 } },
        latencyMs: 1,
        at: new Date(now - (i === 0 ? 40 : 2) * DAY_MS),
      })),
    );
    for (const [i, t] of logged.entries()) {
      if (i !== 1)
        await ws.store.predictions.recordFeedback({
          requestId: `r${i}`,
          actual: t.urgent,
          at: new Date(now),
        });
    }

    const high = await retrain({ newPaths: [files.big], promoteIfBetter: true, margin: 0.5 });
    expect(high.error).toBeUndefined();
    expect(high.decision).toMatchObject({
      promoted: false,
      productionVersion: 1,
      metric: 'roc_auc',
      margin: 0.5,
    });
    expect(high.decision?.reason).toContain('short of the margin');
    expect(await production()).toBe(1);

    const result = await retrain({ newPaths: [files.big], promoteIfBetter: true });
    expect(result.error).toBeUndefined();
    const decision = result.decision!;
    expect(decision).toMatchObject({ promoted: true, productionVersion: 1, metric: 'roc_auc', margin: 0.01 });
    expect(decision.evaluatedOn.productionRows).toBe(118);
    expect(decision.candidateScore).toBeGreaterThan(decision.productionScore + 0.01);
    expect(await production()).toBe(decision.candidateVersion);
    const [move] = await ws.store.models.aliasHistory('tickets', 'production');
    expect(move).toMatchObject({ fromVersion: 1, toVersion: decision.candidateVersion, actor: 'retrain' });
    expect(move?.reason).toContain(`retrain run ${result.runId}`);
    expect(move?.reason).toContain(`candidate roc_auc ${decision.candidateScore.toFixed(4)}`);

    const run = await ws.store.runs.getRun(result.runId!);
    expect(run).toMatchObject({ kind: 'retrain', status: 'succeeded', modelName: 'tickets' });
    expect(run.result.decision).toEqual(decision);
    expect(run.metrics).toEqual({
      candidate_roc_auc: decision.candidateScore,
      production_roc_auc: decision.productionScore,
    });
    expect(run.datasetVersionIds.at(-1)).toBe(result.dataset?.id);

    // Recompute both scores independently: the combined data as stored, the same seeded split, the
    // labelled log rows of the last 30 days, each model's probability of "1", scikit-learn's ROC AUC.
    const csv = join(seeded.dir, 'combined-check.csv');
    await copyFile(await ws.artifacts.localPath(result.dataset!.contentHash), csv);
    const { frame } = await readFrame(csv);
    const target = encodeTarget(frame.columns.find((c) => c.name === 'urgent')!);
    const split = stratifiedSplit(frame.rowCount, { holdoutShare: 0.2, seed: 1, strata: target.strata });
    // Production (version 1) was fitted on the training part of its own split of the reference.
    const reference = (await readFrame(seeded.dataPath)).frame;
    const referenceTarget = encodeTarget(reference.columns.find((c) => c.name === 'urgent')!);
    const fitted = stratifiedSplit(reference.rowCount, {
      holdoutShare: 0.2,
      seed: 1,
      strata: referenceTarget.strata,
    });
    const key = (r: Record<string, unknown>) => JSON.stringify(Object.values(r));
    const seen = new Set(frameToRecords(takeRows(reference, fitted.train)).map(key));
    const records = frameToRecords(frame);
    const holdout = Uint32Array.from(Array.from(split.holdout).filter((r) => !seen.has(key(records[r]!))));
    expect(decision.evaluatedOn.holdoutRows).toBe(holdout.length);
    expect(decision.evaluatedOn.excludedRows).toBe(split.holdout.length - holdout.length);
    expect(decision.evaluatedOn.excludedRows).toBeGreaterThan(0);
    const recent = logged.filter((_, i) => i > 1);
    const truth = [...Array.from(holdout, (r) => target.y[r]!), ...recent.map((t) => t.urgent)];
    const score = async (version: number) => {
      const predictor = await loadPredictor(
        ws.artifacts,
        await ws.store.models.getVersion('tickets', version),
      );
      const p = [
        ...predictor.predictFrame(takeRows(frame, holdout)),
        ...predictor.predictRecords(recent as unknown as Record<string, unknown>[]),
      ];
      return rocAuc(
        truth,
        p.map((x) => ('probabilities' in x ? x.probabilities['1']! : Number.NaN)),
      );
    };
    expect(decision.candidateScore).toBeCloseTo(await score(decision.candidateVersion), 12);
    expect(decision.productionScore).toBeCloseTo(await score(1), 12);
  });
});
