import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SERVE_OPTIONS } from '../platform/serve-options.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import { buildServer, type SextantServer } from './build-server.js';

let seed: ServingWorkspace;
let server: SextantServer;
const good = { title: 'server down', description: 'outage asap', source: 'email', customer_tier: 'premium' };

beforeAll(async () => {
  seed = await seedServingWorkspace('sextant-reload-');
  server = await buildServer(seed.workspace, { ...DEFAULT_SERVE_OPTIONS, logLevel: 'silent' });
  await server.context.host.refreshAll();
  await server.app.ready();
});
afterAll(async () => {
  await server.app.close();
  await seed.dispose();
});

const admin = (method: 'PUT' | 'POST', url: string, payload?: unknown) =>
  server.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${seed.tokens.admin}` },
    ...(payload ? { payload: payload as string } : {}),
  });
const servedVersion = async () =>
  (
    await server.app.inject({
      method: 'POST',
      url: '/v1/models/tickets/predict',
      headers: { authorization: `Bearer ${seed.tokens.predict}` },
      payload: { instances: [good] },
    })
  ).headers['x-model-version'];

describe('hot reload', () => {
  it('serves a new version as soon as the admin API moves the alias, and records who moved it', async () => {
    const v2 = await seed.trainVersion(2);
    expect(await servedVersion()).toBe('1');
    const moved = await admin('PUT', '/v1/models/tickets/aliases/production', {
      version: v2,
      reason: 'better recall',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      fromVersion: 1,
      toVersion: v2,
      actor: 'token:test-admin',
      reason: 'better recall',
    });
    expect(await servedVersion()).toBe(String(v2));
  });

  it('picks up an alias moved behind its back at the next poll (refreshAll is what the poll timer runs)', async () => {
    await seed.workspace.store.models.moveAlias({
      modelName: 'tickets',
      alias: 'production',
      version: 1,
      actor: 'someone-else',
      reason: 'manual',
      at: new Date(),
    });
    expect(await servedVersion()).toBe('2');
    const outcomes = await server.context.host.refreshAll();
    expect(outcomes).toEqual([{ model: 'tickets', version: 1, reloaded: true }]);
    expect(await servedVersion()).toBe('1');
  });

  it('rolls back through the API to the previous version', async () => {
    const rolled = await admin('POST', '/v1/models/tickets/rollback', { reason: 'bad deploy' });
    expect(rolled.statusCode).toBe(200);
    expect(rolled.json()).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(await servedVersion()).toBe('2');
  });

  it('keeps serving the old version when the new one cannot be loaded, and records an alert', async () => {
    const { models } = seed.workspace.store;
    const good = await models.getVersion('tickets', 1);
    const key = await seed.workspace.artifacts.put(new TextEncoder().encode('{"format":"not-a-model"}'));
    const broken = await models.registerVersion(
      { ...good, artifactKey: key, description: 'broken on purpose' },
      new Date(),
    );
    await models.moveAlias({
      modelName: 'tickets',
      alias: 'production',
      version: broken.version,
      actor: 't',
      reason: 'r',
      at: new Date(),
    });
    const outcomes = await server.context.host.refreshAll();
    expect(outcomes[0]).toMatchObject({ reloaded: false, version: 2 });
    expect(await servedVersion()).toBe('2');
    const alerts = await seed.workspace.store.monitoring.listAlerts({ modelName: 'tickets' });
    expect(alerts[0]).toMatchObject({
      rule: 'model_load_failed',
      severity: 'critical',
      dedupKey: `model_load_failed:tickets:${broken.version}`,
    });
    // A later poll does not raise the same alert again; the admin reload tries again and says why it failed.
    await server.context.host.refreshAll();
    expect(await seed.workspace.store.monitoring.listAlerts({ modelName: 'tickets' })).toHaveLength(
      alerts.length,
    );
    const reload = await admin('POST', '/v1/models/tickets/reload');
    expect([reload.statusCode, reload.json().error.code]).toEqual([500, 'MODEL_ARTIFACT_INVALID']);
    expect(await servedVersion()).toBe('2');
    const metrics = (await server.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/sextant_model_reloads_total\{model="tickets",outcome="failure"\} [1-9]/);
  });

  it('shows versions, aliases and alias history on the read API', async () => {
    const all = await admin('POST', '/reload-model');
    expect(all.statusCode).toBe(200);
    expect(all.json().models).toEqual([
      expect.objectContaining({
        model: 'tickets',
        version: 2,
        reloaded: false,
        error: expect.objectContaining({ code: 'MODEL_ARTIFACT_INVALID' }),
      }),
    ]);
    const response = await server.app.inject({
      method: 'GET',
      url: '/v1/models/tickets',
      headers: { authorization: `Bearer ${seed.tokens.predict}` },
    });
    const body = response.json();
    expect(body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
    expect(body.aliasHistory.length).toBeGreaterThanOrEqual(4);
    expect(body.aliasHistory[0]).toMatchObject({ alias: 'production', toVersion: 3 });
  });
});
