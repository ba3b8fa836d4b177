import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { createSqliteStore } from '../store/index.js';
import { tempFolder } from '../test-support/temp-files.js';
import { listModelSummaries } from './list-model-summaries.js';
import { setAlias } from './set-alias.js';

const { dir } = tempFolder('sextant-model-summaries-');
const at = new Date('2026-11-23T10:00:00Z');
let store: MetadataStore;

const register = (modelName: string) =>
  store.models.registerVersion(
    {
      modelName,
      runId: null,
      artifactKey: 'b'.repeat(64),
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
  await register('weather');
  const alias = (name: string, version: number) =>
    setAlias(store.models, { modelName: 'tickets', alias: name, version, actor: 'test', at });
  await alias('production', 2);
  await alias('staging', 3);
  for (const [status, minute] of [
    ['OK', 1],
    ['WARN', 2],
  ] as const) {
    await store.monitoring.saveReport({
      modelName: 'tickets',
      version: 2,
      runId: null,
      status,
      summary: {},
      report: {},
      windowStart: null,
      windowEnd: null,
      createdAt: new Date(Date.UTC(2026, 10, 23, 12, minute)),
    });
  }
});
afterAll(() => store.close());

describe('listModelSummaries', () => {
  it('lists every model with aliases, production and latest versions and the latest report', async () => {
    const summaries = JSON.parse(JSON.stringify(await listModelSummaries(store.models, store.monitoring)));
    expect(summaries).toEqual([
      {
        name: 'tickets',
        description: '',
        tags: {},
        createdAt: at.toISOString(),
        aliases: [
          { alias: 'production', version: 2, updatedAt: at.toISOString() },
          { alias: 'staging', version: 3, updatedAt: at.toISOString() },
        ],
        productionVersion: 2,
        latestVersion: 3,
        latestReport: { status: 'WARN', createdAt: '2026-11-23T12:02:00.000Z', version: 2 },
      },
      {
        name: 'weather',
        description: '',
        tags: {},
        createdAt: at.toISOString(),
        aliases: [],
        productionVersion: null,
        latestVersion: 1,
        latestReport: null,
      },
    ]);
  });
});
