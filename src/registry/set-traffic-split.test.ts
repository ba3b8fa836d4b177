import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { createSqliteStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { setTrafficSplit } from './set-traffic-split.js';

const { dir } = tempFolder('sextant-traffic-split-');
const at = new Date('2026-11-23T10:00:00Z');
let store: MetadataStore;

beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
  for (let n = 1; n <= 3; n++)
    await store.models.registerVersion(
      {
        modelName: 'tickets',
        runId: null,
        artifactKey: 'a'.repeat(64),
        signature: {},
        metrics: {},
        description: '',
        tags: {},
        datasetVersionIds: [],
      },
      at,
    );
  for (const [alias, version] of [
    ['production', 1],
    ['canary', 3],
    ['staging', 2],
  ] as const)
    await store.models.moveAlias({ modelName: 'tickets', alias, version, actor: 't', reason: '', at });
});
afterAll(() => store.close());

const set = (split: Record<string, unknown>, models: ModelRepository = store.models) =>
  setTrafficSplit(models, { modelName: 'tickets', split, actor: 'cli:ana', at });
const refused = async (split: Record<string, unknown>, code = 'INVALID_ARGUMENT') => {
  const error = await catchSextantError(set(split));
  expect(error.code).toBe(code);
  return error.message;
};

describe('setTrafficSplit', () => {
  it('stores a valid split with who and when, and {} clears it', async () => {
    expect(await set({ canary: 10, staging: 33.33 })).toEqual({
      modelName: 'tickets',
      split: { canary: 10, staging: 33.33 },
      actor: 'cli:ana',
      at,
    });
    expect(await set({ canary: 66.67, staging: 33.33 })).toMatchObject({
      split: { canary: 66.67, staging: 33.33 },
    });
    expect((await set({})).split).toEqual({});
    expect((await store.models.getTrafficSplit('tickets')).split).toEqual({});
  });

  it('refuses bad percents, sums over 100 and the serving alias, and keeps the stored split', async () => {
    await set({ canary: 5 });
    expect(await refused({ canary: 0 })).toContain('above 0 and at most 100');
    expect(await refused({ canary: -3 })).toContain('above 0');
    expect(await refused({ canary: 100.01 })).toContain('at most 100');
    expect(await refused({ canary: '10' })).toContain('must be a number');
    expect(await refused({ canary: Number.NaN })).toContain('must be a number');
    expect(await refused({ canary: 10.125 })).toContain('more than two decimals');
    expect(await refused({ canary: 60, staging: 40.01 })).toContain('add up to 100.01');
    expect(await refused({ production: 10 })).toContain('"production" serves the rest');
    expect(await refused({ 'bad name': 10 })).toContain('alias name "bad name" is invalid');
    expect(await refused({ nightly: 10 }, 'ALIAS_NOT_FOUND')).toContain('no alias "nightly"');
    const noModel = setTrafficSplit(store.models, { modelName: 'nope', split: {}, actor: 'x', at });
    expect((await catchSextantError(noModel)).code).toBe('MODEL_NOT_FOUND');
    expect((await store.models.getTrafficSplit('tickets')).split).toEqual({ canary: 5 });
  });

  it('accepts a split that takes all the traffic (production then serves none)', async () => {
    expect((await set({ canary: 50, staging: 50 })).split).toEqual({ canary: 50, staging: 50 });
  });

  it('refuses an alias whose version is not active', async () => {
    // The store never lets an alias point at an archived version; a racing archive could, so check.
    const archived: ModelRepository = Object.create(store.models);
    archived.getVersion = async (name, version) => ({
      ...(await store.models.getVersion(name, version)),
      status: 'archived',
    });
    const error = await catchSextantError(set({ canary: 10 }, archived));
    expect([error.code, error.message]).toEqual([
      'INVALID_ARGUMENT',
      'alias "canary" points at version 3, which is archived',
    ]);
  });
});
