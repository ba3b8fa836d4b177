import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { createSqliteStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { isRollback } from './is-rollback.js';
import { rollbackAlias } from './rollback-alias.js';
import { setAlias } from './set-alias.js';

const { dir } = tempFolder('sextant-rollback-');
const KEY = 'a'.repeat(64);
let store: MetadataStore;
let model: string;
let models = 0;
let tick = 0;

beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
});
// A fresh model per test (same database): every scenario starts from an empty history.
beforeEach(async () => {
  model = `m${++models}`;
  for (let n = 1; n <= 4; n++) {
    await store.models.registerVersion(
      {
        modelName: model,
        runId: null,
        artifactKey: KEY,
        signature: {},
        metrics: {},
        description: '',
        tags: {},
        datasetVersionIds: [],
      },
      new Date(0),
    );
  }
});
afterAll(() => store.close());

const at = () => new Date(Date.UTC(2026, 10, 23, 10, 0, tick++));
const set = (version: number, alias = 'production') =>
  setAlias(store.models, { modelName: model, alias, version, actor: 'cli:ana', reason: 'promote', at: at() });
const rollback = (reason?: string, alias?: string) =>
  rollbackAlias(store.models, { modelName: model, alias, actor: 'cli:bo', reason, at: at() });
const current = async (alias = 'production') => (await store.models.getAlias(model, alias)).version;

describe('rollbackAlias', () => {
  it('walks back one promotion per rollback, then says there is nothing left', async () => {
    await set(1);
    await set(2);
    await set(3);
    const first = await rollback('error rate up');
    expect(first).toMatchObject({
      alias: 'production',
      fromVersion: 3,
      toVersion: 2,
      actor: 'cli:bo',
      reason: 'rollback from version 3 to 2: error rate up',
    });
    expect(isRollback(first)).toBe(true);
    expect((await rollback()).reason).toBe('rollback from version 2 to 1');
    expect(await current()).toBe(1);
    const none = await catchSextantError(rollback());
    expect(none.code).toBe('NOTHING_TO_ROLL_BACK');
    expect(none.status).toBe(409);
    expect(await current()).toBe(1);
  });

  it('after a new promotion, rolls back to the version rolled back to, never to a rolled-away one', async () => {
    await set(1);
    await set(2);
    await set(3);
    await rollback();
    await set(4);
    expect((await rollback()).toVersion).toBe(2);
    expect((await rollback()).toVersion).toBe(1);
    expect((await catchSextantError(rollback())).code).toBe('NOTHING_TO_ROLL_BACK');
  });

  it('skips archived and deleted versions, and the current version set twice', async () => {
    await set(1);
    await set(2);
    await set(3);
    await set(4);
    await set(4);
    await store.models.setVersionStatus(model, 3, 'archived');
    await store.models.deleteVersion(model, 2);
    expect((await rollback()).toVersion).toBe(1);
    const none = await catchSextantError(rollback());
    expect(none.code).toBe('NOTHING_TO_ROLL_BACK');
  });

  it('names what it skipped when only archived versions are left', async () => {
    await set(1);
    await set(2);
    await store.models.setVersionStatus(model, 1, 'archived');
    const none = await catchSextantError(rollback());
    expect(none.code).toBe('NOTHING_TO_ROLL_BACK');
    expect(none.details).toMatchObject({ current: 2, skipped: [1] });
    expect(none.message).toContain('version 1 archived or deleted');
  });

  it('rolls back one alias without looking at another, and a manual move back counts as a promotion', async () => {
    await set(1);
    await set(2, 'staging');
    await set(3, 'staging');
    await set(2);
    await set(1);
    // production served 1, 2, 1: the version before its latest move is 2.
    expect((await rollback()).toVersion).toBe(2);
    expect((await rollback(undefined, 'staging')).toVersion).toBe(2);
    expect(await current('production')).toBe(2);
  });

  it('does not take a free-text reason that mentions a rollback for a rollback', async () => {
    await set(1);
    await set(2);
    await setAlias(store.models, {
      modelName: model,
      alias: 'production',
      version: 3,
      actor: 'x',
      reason: 'rollback from version 9 to 3',
      at: at(),
    });
    expect((await rollback()).toVersion).toBe(2);
  });

  it('refuses a missing alias or model', async () => {
    expect((await catchSextantError(rollback())).code).toBe('ALIAS_NOT_FOUND');
    const noModel = rollbackAlias(store.models, { modelName: 'nope', actor: 'x', at: at() });
    expect((await catchSextantError(noModel)).code).toBe('MODEL_NOT_FOUND');
  });
});
