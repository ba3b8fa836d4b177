import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { createSqliteStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { updateModelMetadata } from './update-model-metadata.js';

const { dir } = tempFolder('sextant-model-metadata-');
const profileTag = { 'sextant.reference_profile': 'b'.repeat(64) };
let store: MetadataStore;

beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
  await store.models.registerVersion(
    {
      modelName: 'tickets',
      runId: null,
      artifactKey: 'a'.repeat(64),
      signature: {},
      metrics: {},
      description: 'first fit',
      tags: { algorithm: 'logistic', ...profileTag },
      datasetVersionIds: [],
    },
    new Date('2026-12-06T10:00:00Z'),
  );
});
afterAll(() => store.close());

const update = (patch: Omit<Parameters<typeof updateModelMetadata>[1], 'modelName'>) =>
  updateModelMetadata(store.models, { modelName: 'tickets', ...patch });

describe('updateModelMetadata', () => {
  it("merges a version's tags and replaces its description, keeping Sextant's own tags", async () => {
    const updated = await update({
      version: 1,
      description: 'champion',
      setTags: { team: 'ml', stage: 'a/b' },
    });
    expect(updated).toMatchObject({
      description: 'champion',
      tags: { algorithm: 'logistic', ...profileTag, team: 'ml', stage: 'a/b' },
    });
    const again = await update({ version: 1, setTags: { team: 'risk' }, removeTags: ['stage', 'missing'] });
    expect(again.tags).toEqual({ algorithm: 'logistic', ...profileTag, team: 'risk' });
    expect(again.description).toBe('champion');
    expect(await store.models.getVersion('tickets', 1)).toEqual(again);
  });

  it('sets and removes the model settings the scheduler reads, checked as it reads them', async () => {
    const model = await update({
      description: 'ticket urgency',
      setTags: { owner: 'ana', 'sextant.monitor.schedule': '0 * * * *', 'sextant.retrain.on_fail': 'true' },
    });
    expect(model).toMatchObject({
      description: 'ticket urgency',
      tags: { owner: 'ana', 'sextant.monitor.schedule': '0 * * * *', 'sextant.retrain.on_fail': 'true' },
    });
    expect((await update({ removeTags: ['sextant.monitor.schedule'] })).tags).toEqual({
      owner: 'ana',
      'sextant.retrain.on_fail': 'true',
    });
    expect(
      (await update({ setTags: { 'sextant.retrain.schedule': 'off' } })).tags['sextant.retrain.schedule'],
    ).toBe('off');
  });

  it('refuses bad input with INVALID_ARGUMENT and changes nothing', async () => {
    const before = await store.models.getModel('tickets');
    const versionBefore = await store.models.getVersion('tickets', 1);
    const cases: [Omit<Parameters<typeof updateModelMetadata>[1], 'modelName'>, RegExp][] = [
      [{ setTags: { 'sextant.monitor.schedule': 'every hour' } }, /sextant\.monitor\.schedule/],
      [{ setTags: { 'sextant.retrain.on_fail': 'yes' } }, /must be true or false/],
      [{ setTags: { 'sextant.retrain.sheduel': 'off' } }, /is not a model setting/],
      [{ version: 1, setTags: { 'sextant.reference_profile': 'c'.repeat(64) } }, /written by Sextant itself/],
      [{ version: 1, removeTags: ['sextant.reference_profile'] }, /written by Sextant itself/],
      [{ setTags: { 'bad key': 'x' } }, /tag key "bad key"/],
      [{ setTags: { k: 'x'.repeat(5001) } }, /at most 5000/],
      [{ setTags: { k: 3 } }, /must be text/],
      [{ setTags: { k: 'x' }, removeTags: ['k'] }, /both set and removed/],
      [{ description: 'd'.repeat(5001) }, /description/],
    ];
    for (const [patch, message] of cases) {
      const error = await catchSextantError(update(patch));
      expect(error.code, JSON.stringify(patch)).toBe('INVALID_ARGUMENT');
      expect(error.message).toMatch(message);
    }
    expect(await store.models.getModel('tickets')).toEqual(before);
    expect(await store.models.getVersion('tickets', 1)).toEqual(versionBefore);
  });

  it('names an unknown model or version', async () => {
    expect(
      (await catchSextantError(updateModelMetadata(store.models, { modelName: 'nope', description: 'x' })))
        .code,
    ).toBe('MODEL_NOT_FOUND');
    expect((await catchSextantError(update({ version: 9, description: 'x' }))).code).toBe(
      'MODEL_VERSION_NOT_FOUND',
    );
  });
});
