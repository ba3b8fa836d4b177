import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { createSqliteStore, LocalArtifactStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { describeModel } from './describe-model.js';
import { setAlias } from './set-alias.js';

const { dir } = tempFolder('sextant-describe-model-');
let store: MetadataStore;

beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
  const artifacts = new LocalArtifactStore(join(dir, 'artifacts'));
  for (const n of [1, 2]) {
    await store.models.registerVersion(
      {
        modelName: 'tickets',
        runId: null,
        artifactKey: await artifacts.put(new TextEncoder().encode(`model ${n}`)),
        signature: { inputs: [{ name: 'title', type: 'text', required: true }] },
        metrics: { accuracy: [0.81, 0.82][n - 1] as number },
        description: `v${n}`,
        tags: { team: 'support' },
        datasetVersionIds: [n],
      },
      new Date(Date.UTC(2026, 10, n)),
    );
  }
  await store.models.updateModel('tickets', { description: 'ticket urgency', tags: { owner: 'ana' } });
  for (const [version, minute] of [
    [1, 1],
    [2, 2],
  ] as const) {
    await setAlias(store.models, {
      modelName: 'tickets',
      alias: 'production',
      version,
      actor: 'cli:ana',
      reason: `release ${version}`,
      at: new Date(Date.UTC(2026, 10, 23, 10, minute)),
    });
  }
  await store.models.setVersionStatus('tickets', 1, 'archived');
});
afterAll(() => store.close());

describe('describeModel', () => {
  it('returns the model with versions, aliases and alias history in the HTTP API shape', async () => {
    const model = await describeModel(store.models, 'tickets');
    const json = JSON.parse(JSON.stringify(model));
    expect(Object.keys(json)).toEqual([
      'name',
      'description',
      'tags',
      'createdAt',
      'versions',
      'aliases',
      'aliasHistory',
      'traffic',
    ]);
    expect(json.traffic).toEqual({ split: {}, actor: null, at: null });
    expect(json).toMatchObject({ name: 'tickets', description: 'ticket urgency', tags: { owner: 'ana' } });
    expect(json.createdAt).toBe('2026-11-01T00:00:00.000Z');
    expect(json.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, 'archived'],
      [2, 'active'],
    ]);
    expect(Object.keys(json.versions[1]).sort()).toEqual(
      [
        'version',
        'status',
        'runId',
        'artifactKey',
        'signature',
        'metrics',
        'description',
        'tags',
        'datasetVersionIds',
        'createdAt',
      ].sort(),
    );
    expect(json.versions[1]).toMatchObject({
      metrics: { accuracy: 0.82 },
      datasetVersionIds: [2],
      runId: null,
    });
    expect(json.aliases).toEqual([
      { alias: 'production', version: 2, updatedAt: '2026-11-23T10:02:00.000Z' },
    ]);
    expect(json.aliasHistory).toEqual([
      {
        id: expect.any(Number),
        alias: 'production',
        fromVersion: 1,
        toVersion: 2,
        actor: 'cli:ana',
        reason: 'release 2',
        at: '2026-11-23T10:02:00.000Z',
      },
      expect.objectContaining({ fromVersion: null, toVersion: 1, reason: 'release 1' }),
    ]);
  });

  it('includes the traffic split with who set it and when', async () => {
    const at = new Date(Date.UTC(2026, 10, 23, 11));
    await setAlias(store.models, { modelName: 'tickets', alias: 'canary', version: 2, actor: 'cli:ana', at });
    await store.models.setTrafficSplit('tickets', { canary: 12.5 }, 'cli:ana', at);
    const json = JSON.parse(JSON.stringify(await describeModel(store.models, 'tickets')));
    expect(json.traffic).toEqual({
      split: { canary: 12.5 },
      actor: 'cli:ana',
      at: '2026-11-23T11:00:00.000Z',
    });
  });

  it('throws MODEL_NOT_FOUND for an unknown model', async () => {
    expect((await catchSextantError(describeModel(store.models, 'nope'))).code).toBe('MODEL_NOT_FOUND');
  });
});
