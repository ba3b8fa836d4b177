import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { createSqliteStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { resolveModelRef } from './resolve-model-ref.js';
import { setAlias } from './set-alias.js';

const { dir } = tempFolder('sextant-resolve-ref-');
const at = new Date('2026-11-23T10:00:00Z');
let store: MetadataStore;

const register = (modelName: string) =>
  store.models.registerVersion(
    {
      modelName,
      runId: null,
      artifactKey: 'd'.repeat(64),
      signature: {},
      metrics: {},
      description: '',
      tags: {},
      datasetVersionIds: [],
    },
    at,
  );

beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
  for (let i = 0; i < 3; i++) await register('tickets');
  await setAlias(store.models, { modelName: 'tickets', alias: 'production', version: 1, actor: 't', at });
  await setAlias(store.models, { modelName: 'tickets', alias: 'staging', version: 2, actor: 't', at });
  // weather has no production alias; its newest version is archived.
  for (let i = 0; i < 3; i++) await register('weather');
  await store.models.setVersionStatus('weather', 3, 'archived');
  await register('empty');
  await store.models.setVersionStatus('empty', 1, 'archived');
});
afterAll(() => store.close());

const resolve = async (ref: Parameters<typeof resolveModelRef>[1]) =>
  (await resolveModelRef(store.models, ref)).version;

describe('resolveModelRef', () => {
  it('resolves a pinned version, an alias, and by default production', async () => {
    expect(await resolve({ modelName: 'tickets', version: 3 })).toBe(3);
    expect(await resolve({ modelName: 'tickets', alias: 'staging' })).toBe(2);
    expect(await resolve({ modelName: 'tickets' })).toBe(1);
    expect(await resolve({ modelName: 'weather', version: 3 })).toBe(3);
  });

  it('falls back to the latest active version when there is no production alias', async () => {
    expect(await resolve({ modelName: 'weather' })).toBe(2);
    expect((await catchSextantError(resolve({ modelName: 'empty' }))).code).toBe('MODEL_VERSION_NOT_FOUND');
  });

  it('names what is missing: model, alias, version', async () => {
    expect((await catchSextantError(resolve({ modelName: 'nope' }))).code).toBe('MODEL_NOT_FOUND');
    expect((await catchSextantError(resolve({ modelName: 'nope', alias: 'staging' }))).code).toBe(
      'MODEL_NOT_FOUND',
    );
    expect((await catchSextantError(resolve({ modelName: 'weather', alias: 'production' }))).code).toBe(
      'ALIAS_NOT_FOUND',
    );
    expect((await catchSextantError(resolve({ modelName: 'tickets', version: 9 }))).code).toBe(
      'MODEL_VERSION_NOT_FOUND',
    );
  });
});
