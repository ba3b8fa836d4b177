import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { createSqliteStore, LocalArtifactStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { setAlias } from './set-alias.js';

const { dir } = tempFolder('sextant-set-alias-');
const at = new Date('2026-11-23T10:00:00Z');
let store: MetadataStore;

beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
  const artifacts = new LocalArtifactStore(join(dir, 'artifacts'));
  for (const n of [1, 2, 3]) {
    const artifactKey = await artifacts.put(new TextEncoder().encode(`model ${n}`));
    await store.models.registerVersion(
      {
        modelName: 'tickets',
        runId: null,
        artifactKey,
        signature: {},
        metrics: { accuracy: 0.8 + n / 100 },
        description: '',
        tags: {},
        datasetVersionIds: [],
      },
      at,
    );
  }
  await store.models.setVersionStatus('tickets', 3, 'archived');
});
afterAll(() => store.close());

const set = (alias: string, version: number, reason?: string) =>
  setAlias(store.models, { modelName: 'tickets', alias, version, actor: 'cli:ana', reason, at });

describe('setAlias', () => {
  it('points an alias at a version and records who, when and why', async () => {
    const first = await set('production', 1, 'first release');
    expect(first).toMatchObject({ alias: 'production', fromVersion: null, toVersion: 1, actor: 'cli:ana' });
    const second = await set('production', 2);
    expect(second).toMatchObject({ fromVersion: 1, toVersion: 2, reason: '' });
    expect((await store.models.getAlias('tickets', 'production')).version).toBe(2);
    const history = await store.models.aliasHistory('tickets', 'production');
    expect(history.map((h) => [h.fromVersion, h.toVersion, h.reason])).toEqual([
      [1, 2, ''],
      [null, 1, 'first release'],
    ]);
  });

  it('refuses archived versions, bad names and missing versions, and leaves the alias alone', async () => {
    const archived = await catchSextantError(set('production', 3));
    expect(archived.code).toBe('INVALID_ARGUMENT');
    expect(archived.message).toContain('archived');
    expect((await catchSextantError(set('prod/../x', 1))).code).toBe('INVALID_ARGUMENT');
    expect((await catchSextantError(set('production', 0))).code).toBe('INVALID_ARGUMENT');
    expect((await catchSextantError(set('production', 9))).code).toBe('MODEL_VERSION_NOT_FOUND');
    const noModel = setAlias(store.models, {
      modelName: 'nope',
      alias: 'production',
      version: 1,
      actor: 'x',
      at,
    });
    expect((await catchSextantError(noModel)).code).toBe('MODEL_NOT_FOUND');
    expect((await store.models.getAlias('tickets', 'production')).version).toBe(2);
    expect(await store.models.aliasHistory('tickets')).toHaveLength(2);
  });
});
