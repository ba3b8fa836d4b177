import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { REFERENCE_PROFILE_TAG } from '../core/reference-profile-tag.js';
import { createSqliteStore, LocalArtifactStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { deleteModelVersion } from './delete-model-version.js';
import { setAlias } from './set-alias.js';

const { dir } = tempFolder('sextant-delete-version-');
const at = new Date('2026-11-23T10:00:00Z');
let store: MetadataStore;
let artifacts: LocalArtifactStore;
let shared: string;
let own: string;

beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
  artifacts = new LocalArtifactStore(join(dir, 'artifacts'));
  shared = await artifacts.put(new TextEncoder().encode('the same model, trained twice'));
  own = await artifacts.put(new TextEncoder().encode('a model of its own'));
  // Versions 1 and 2 share one blob (same bytes); version 3 has its own and serves production.
  for (const artifactKey of [shared, shared, own]) {
    await store.models.registerVersion(
      {
        modelName: 'tickets',
        runId: null,
        artifactKey,
        signature: {},
        metrics: {},
        description: '',
        tags: {},
        datasetVersionIds: [],
      },
      at,
    );
  }
  await setAlias(store.models, { modelName: 'tickets', alias: 'production', version: 3, actor: 'test', at });
});
afterAll(() => store.close());

describe('deleteModelVersion', () => {
  it('keeps a blob another version still uses, and removes it with its last version', async () => {
    const first = await deleteModelVersion(store.models, artifacts, 'tickets', 1);
    expect(first).toEqual({ modelName: 'tickets', version: 1, artifactKey: shared, artifactDeleted: false });
    expect(await artifacts.has(shared)).toBe(true);
    expect(await store.models.findVersion('tickets', 1)).toBeUndefined();
    const second = await deleteModelVersion(store.models, artifacts, 'tickets', 2);
    expect(second.artifactDeleted).toBe(true);
    expect(await artifacts.has(shared)).toBe(false);
  });

  it('removes the reference profile blob with its version, unless another version shares it', async () => {
    const profile = await artifacts.put(new TextEncoder().encode('a drift reference profile'));
    const model = await artifacts.put(new TextEncoder().encode('a model with a profile'));
    for (let i = 0; i < 2; i++)
      await store.models.registerVersion(
        {
          modelName: 'profiled',
          runId: null,
          artifactKey: model,
          signature: {},
          metrics: {},
          description: '',
          tags: { [REFERENCE_PROFILE_TAG]: profile },
          datasetVersionIds: [],
        },
        at,
      );
    const first = await deleteModelVersion(store.models, artifacts, 'profiled', 1);
    expect(first).toMatchObject({ profileKey: profile, profileDeleted: false, artifactDeleted: false });
    expect(await artifacts.has(profile)).toBe(true);
    const second = await deleteModelVersion(store.models, artifacts, 'profiled', 2);
    expect(second).toMatchObject({ profileKey: profile, profileDeleted: true, artifactDeleted: true });
    expect(await artifacts.has(profile)).toBe(false);
    expect(await artifacts.has(model)).toBe(false);
  });

  it('refuses a version an alias points at, keeping row and blob', async () => {
    const inUse = await catchSextantError(deleteModelVersion(store.models, artifacts, 'tickets', 3));
    expect(inUse.code).toBe('VERSION_IN_USE');
    expect(await store.models.findVersion('tickets', 3)).toBeDefined();
    expect(await artifacts.has(own)).toBe(true);
    const again = await catchSextantError(deleteModelVersion(store.models, artifacts, 'tickets', 1));
    expect(again.code).toBe('MODEL_VERSION_NOT_FOUND');
  });
});
