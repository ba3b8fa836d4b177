import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { createSqliteStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { archiveModelVersion } from './archive-model-version.js';
import { setAlias } from './set-alias.js';

const { dir } = tempFolder('sextant-archive-version-');
const at = new Date('2026-11-23T10:00:00Z');
let store: MetadataStore;

beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
  for (let i = 0; i < 2; i++) {
    await store.models.registerVersion(
      {
        modelName: 'tickets',
        runId: null,
        artifactKey: 'c'.repeat(64),
        signature: {},
        metrics: {},
        description: '',
        tags: {},
        datasetVersionIds: [],
      },
      at,
    );
  }
  await setAlias(store.models, { modelName: 'tickets', alias: 'production', version: 2, actor: 'test', at });
});
afterAll(() => store.close());

describe('archiveModelVersion', () => {
  it('archives a version no alias points at, and archiving again changes nothing', async () => {
    expect((await archiveModelVersion(store.models, 'tickets', 1)).status).toBe('archived');
    expect((await archiveModelVersion(store.models, 'tickets', 1)).status).toBe('archived');
    expect((await store.models.getVersion('tickets', 1)).status).toBe('archived');
  });

  it('refuses a version an alias points at, and unknown versions', async () => {
    const inUse = await catchSextantError(archiveModelVersion(store.models, 'tickets', 2));
    expect(inUse.code).toBe('VERSION_IN_USE');
    expect(inUse.details).toMatchObject({ aliases: ['production'] });
    expect((await store.models.getVersion('tickets', 2)).status).toBe('active');
    expect((await catchSextantError(archiveModelVersion(store.models, 'tickets', 7))).code).toBe(
      'MODEL_VERSION_NOT_FOUND',
    );
  });
});
