import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PROFILE_TAG } from '../core/reference-profile-tag.js';
import { generateTickets } from '../data/generate-tickets.js';
import { writeCsv } from '../data/write-csv.js';
import { decodeModelArtifact } from '../learn/model-artifact.js';
import { Predictor } from '../learn/predictor.js';
import { openWorkspace } from '../platform/open-workspace.js';
import { resolveConfig } from '../platform/sextant-config.js';
import type { Workspace } from '../platform/workspace.js';
import { tempFolder } from '../test-support/temp-files.js';
import { type TrainSpec, trainModel } from './train-model.js';

const weather = fileURLToPath(
  new URL('../../node_modules/vega-datasets/data/seattle-weather.csv', import.meta.url),
);
const { dir, write } = tempFolder('sextant-train-');
let ws: Workspace;
let tickets: string;

beforeAll(async () => {
  ws = await openWorkspace(resolveConfig({ home: join(dir, '.sextant') }, {}, dir));
  tickets = join(dir, 'tickets.csv');
  await writeCsv(tickets, generateTickets({ rows: 3000, seed: 11 }) as unknown as Record<string, unknown>[]);
});
afterAll(() => ws.close());

const train = (spec: TrainSpec) =>
  trainModel(
    {
      datasets: ws.store.datasets,
      runs: ws.store.runs,
      models: ws.store.models,
      artifacts: ws.artifacts,
      clock: ws.clock,
    },
    spec,
  );

describe('trainModel', () => {
  it('trains the ticket model (text + categorical, binary), records the run, registers and aliases it', async () => {
    const result = await train({
      dataPath: tickets,
      target: 'urgent',
      modelName: 'tickets',
      features: { text: ['title', 'description'] },
      alias: 'production',
      gitCommit: 'abc123',
    });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(result.steps.map((s) => s.name)).toEqual([
      'load',
      'split',
      'featurize',
      'fit',
      'evaluate',
      'save',
      'profile',
      'register',
    ]);
    expect(result.metrics?.roc_auc).toBeGreaterThan(0.8);
    expect(result.metrics?.roc_auc).toBeGreaterThan((result.baselineMetrics?.roc_auc ?? 1) + 0.2);
    expect(result.version).toMatchObject({ modelName: 'tickets', version: 1, runId: result.runId });

    const run = await ws.store.runs.getRun(result.runId!);
    expect(run).toMatchObject({
      status: 'succeeded',
      kind: 'train',
      modelName: 'tickets',
      gitCommit: 'abc123',
    });
    expect(run.artifactKey).toBe(result.version?.artifactKey);
    expect(run.datasetVersionIds).toHaveLength(1);
    expect(run.metrics.roc_auc).toBe(result.metrics?.roc_auc);
    const stepsMs = result.steps.reduce((sum, step) => sum + step.durationMs, 0);
    expect(run.durationMs).toBeGreaterThanOrEqual(Math.floor(stepsMs) - 1);
    expect((await ws.store.models.getAlias('tickets', 'production')).version).toBe(1);

    const artifact = decodeModelArtifact(await ws.artifacts.get(run.artifactKey!));
    expect(artifact.signature.output).toEqual({ target: 'urgent', task: 'binary', classes: ['0', '1'] });
    const predictor = Predictor.fromArtifact(artifact);
    const [urgent, routine] = predictor.predictRecords([
      {
        title: 'server down',
        description: 'production server not responding asap',
        source: 'phone',
        customer_tier: 'enterprise',
      },
      {
        title: 'invoice question',
        description: 'how to export invoice thanks',
        source: 'email',
        customer_tier: 'standard',
      },
    ]);
    expect(urgent).toMatchObject({ label: '1' });
    expect(routine).toMatchObject({ label: '0' });
    const p = (urgent as { probabilities: Record<string, number> }).probabilities;
    expect((p['0'] ?? 0) + (p['1'] ?? 0)).toBeCloseTo(1, 12);
  });

  it('is deterministic under a seed', async () => {
    const spec = {
      dataPath: tickets,
      target: 'urgent',
      modelName: 'tickets-det',
      features: { text: ['title', 'description'] },
    };
    const a = await train({ ...spec, seed: 7 });
    const b = await train({ ...spec, seed: 7 });
    expect(b.metrics).toEqual(a.metrics);
    const [modelA, modelB] = await Promise.all(
      [a, b].map(async (r) => decodeModelArtifact(await ws.artifacts.get(r.version!.artifactKey))),
    );
    expect(modelB?.model).toEqual(modelA?.model);
    expect(modelB?.pipeline).toEqual(modelA?.pipeline);
    expect(b.version?.version).toBe(2);
  });

  it('trains multiclass on seattle-weather and beats the prior baseline', async () => {
    const result = await train({
      dataPath: weather,
      target: 'weather',
      modelName: 'weather',
      features: { exclude: ['date'] },
    });
    expect(result.status).toBe('succeeded');
    expect(result.metrics?.f1_macro).toBeGreaterThan((result.baselineMetrics?.f1_macro ?? 1) + 0.1);
    expect(result.metrics?.roc_auc_ovr).toBeGreaterThan(0.7);
  });

  it('trains ridge regression on a numeric target', async () => {
    const result = await train({
      dataPath: weather,
      target: 'temp_max',
      modelName: 'temp',
      features: { exclude: ['weather'] },
    });
    expect(result.status).toBe('succeeded');
    expect(result.version?.tags).toEqual({
      algorithm: 'linear',
      task: 'regression',
      [REFERENCE_PROFILE_TAG]: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(result.metrics?.r2).toBeGreaterThan(0.6);
    expect(result.metrics?.rmse).toBeLessThan(result.baselineMetrics?.rmse ?? 0);
  });

  it('trains gradient-boosted trees on tabular data and predicts from the artifact', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const x = Math.sin(i * 12.9898) * 2;
      const y = Math.cos(i * 78.233) * 2;
      return { x, y, label: x * y > 0 ? 'same' : 'opposite' };
    });
    const path = join(dir, 'xor.csv');
    await writeCsv(path, rows);
    const result = await train({ dataPath: path, target: 'label', modelName: 'xor', algorithm: 'gbdt' });
    expect(result.error).toBeUndefined();
    expect(result.metrics?.accuracy).toBeGreaterThan(0.9);
    const artifact = decodeModelArtifact(await ws.artifacts.get(result.version!.artifactKey));
    const [prediction] = Predictor.fromArtifact(artifact).predictRecords([{ x: 1.5, y: 1.2 }]);
    expect(prediction).toMatchObject({ label: 'same' });
  });

  it('fails cleanly: a missing target records no run; a failed fit records a failed run', async () => {
    const missing = await train({ dataPath: tickets, target: 'nope', modelName: 'broken' });
    expect(missing).toMatchObject({ status: 'failed', error: { code: 'COLUMN_MISSING' } });
    expect(missing.runId).toBeUndefined();

    const textGbdt = await train({
      dataPath: tickets,
      target: 'urgent',
      modelName: 'broken',
      algorithm: 'gbdt',
      features: { text: ['description'] },
    });
    expect(textGbdt).toMatchObject({ status: 'failed', error: { code: 'INVALID_ARGUMENT' } });
    expect(textGbdt.steps.at(-1)).toMatchObject({ name: 'fit', status: 'failed' });
    const run = await ws.store.runs.getRun(textGbdt.runId!);
    expect(run.status).toBe('failed');
    expect(run.error).toContain('gbdt takes tabular features only');
    expect(await ws.store.models.findModel('broken')).toBeUndefined();

    const badAlgorithm = await train({
      dataPath: weather,
      target: 'temp_max',
      modelName: 'broken',
      algorithm: 'logistic',
    });
    expect(badAlgorithm.error?.message).toContain('--algorithm logistic cannot learn a numeric target');
    const bad = write('one.csv', 'a,y\n1,x\n');
    expect((await train({ dataPath: bad, target: 'y', modelName: 'broken' })).error?.message).toContain(
      '1 class',
    );
  });
});
