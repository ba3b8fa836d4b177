import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SERVE_OPTIONS } from '../platform/serve-options.js';
import { replayTickets } from '../test-support/replay-tickets.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import { buildServer, type SextantServer } from './build-server.js';

let seed: ServingWorkspace;
let server: SextantServer;

beforeAll(async () => {
  seed = await seedServingWorkspace('sextant-loop-routes-', 600);
  server = await buildServer(seed.workspace, { ...DEFAULT_SERVE_OPTIONS, logLevel: 'silent' });
  await server.context.host.refreshAll();
  await server.context.loop.refreshJobs();
  await server.app.ready();
});
afterAll(async () => {
  await server.app.close();
  await server.context.loop.stop();
  await seed.dispose();
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });

describe('monitoring, retraining and job routes', () => {
  it('runs monitoring through the admin API, stores the report, and exposes its gauges on /metrics', async () => {
    await replayTickets(seed.workspace, 1, { rows: 400, seed: 11, drift: 1, labelShare: 0.5 });
    const response = await server.app.inject({
      method: 'POST',
      url: '/v1/models/tickets/monitor',
      headers: as(seed.tokens.admin),
    });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.status).toBe('succeeded');
    expect(result.steps.map((s: { name: string }) => s.name)).toContain('health');
    expect(result.report.summary.health).toMatchObject({ ok: true });
    const reports = (
      await server.app.inject({ url: '/v1/models/tickets/reports', headers: as(seed.tokens.predict) })
    ).json().reports;
    expect(reports[0].id).toBe(result.report.id);
    const metrics = (await server.app.inject({ url: '/metrics' })).body;
    expect(metrics).toContain(
      `sextant_monitoring_status{model="tickets"} ${{ OK: 0, WARN: 1, FAIL: 2 }[result.report.status as 'OK']}`,
    );
    expect(metrics).toMatch(
      /sextant_drift_score\{model="tickets",feature="source",test="[a-z_]+"\} [\d.e-]+/,
    );
    expect(metrics).toMatch(/sextant_label_coverage\{model="tickets",version="1"\} 0\.5/);
  });

  it('lists the two jobs of each model, runs one on demand, and keeps its history', async () => {
    const jobs = (await server.app.inject({ url: '/v1/jobs', headers: as(seed.tokens.predict) })).json().jobs;
    expect(jobs.map((j: { name: string }) => j.name)).toEqual(['monitor:tickets', 'retrain:tickets']);
    expect(jobs[0]).toMatchObject({
      kind: 'monitor',
      modelName: 'tickets',
      schedule: '0 */6 * * *',
      running: false,
    });
    const run = await server.app.inject({
      method: 'POST',
      url: '/v1/jobs/monitor:tickets/trigger',
      headers: as(seed.tokens.admin),
    });
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({ jobName: 'monitor:tickets', trigger: 'api', status: 'succeeded' });
    expect(run.json().log).toMatch(/ok\s+drift/);
    const history = (
      await server.app.inject({ url: '/v1/jobs/runs?job=monitor:tickets', headers: as(seed.tokens.predict) })
    ).json().runs;
    expect(history[0].id).toBe(run.json().id);
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/v1/jobs/nope/trigger',
      headers: as(seed.tokens.admin),
    });
    expect(unknown.statusCode).toBeGreaterThanOrEqual(400);
    expect(unknown.statusCode).toBeLessThan(500);
  });

  it('retrains from labelled production data and serves the promoted candidate at once', async () => {
    await replayTickets(seed.workspace, 1, { rows: 400, seed: 12, drift: 1, labelShare: 1 });
    const response = await server.app.inject({
      method: 'POST',
      url: '/v1/models/tickets/retrain',
      headers: as(seed.tokens.admin),
    });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.status).toBe('succeeded');
    expect(typeof result.decision.promoted).toBe('boolean');
    const production = (await seed.workspace.store.models.getAlias('tickets', 'production')).version;
    expect(production).toBe(result.decision.promoted ? result.decision.candidateVersion : 1);
    expect(server.context.host.current('tickets')?.version).toBe(production);
  });

  it("edits a model's settings through the API, and the scheduler takes them at once", async () => {
    const patch = (url: string, payload: unknown, token = seed.tokens.admin) =>
      server.app.inject({ method: 'PATCH', url, headers: as(token), payload: payload as string });
    const model = await patch('/v1/models/tickets', {
      description: 'ticket urgency',
      tags: { owner: 'ana', 'sextant.monitor.schedule': '*/5 * * * *' },
    });
    expect(model.statusCode, model.body).toBe(200);
    expect(model.json()).toMatchObject({ description: 'ticket urgency', tags: { owner: 'ana' } });
    const jobs = (await server.app.inject({ url: '/v1/jobs', headers: as(seed.tokens.predict) })).json().jobs;
    expect(jobs.find((j: { name: string }) => j.name === 'monitor:tickets')?.schedule).toBe('*/5 * * * *');
    const version = await patch('/v1/models/tickets/versions/1', {
      tags: { reviewed: 'yes' },
      remove_tags: ['x'],
    });
    expect(version.statusCode, version.body).toBe(200);
    expect(version.json().tags).toMatchObject({ reviewed: 'yes', algorithm: 'logistic' });
    // Client mistakes: the catalogue's codes, never a 500; a predict token may not write.
    expect(
      (await patch('/v1/models/tickets', { tags: { owner: 'x' } }, seed.tokens.predict)).statusCode,
    ).toBe(403);
    expect(
      (await patch('/v1/models/tickets', { tags: { 'sextant.monitor.schedule': 'hourly' } })).statusCode,
    ).toBe(400);
    expect((await patch('/v1/models/tickets', { colour: 'red' })).statusCode).toBe(400);
    expect((await patch('/v1/models/tickets', {})).json().error.message).toContain('nothing to update');
    expect((await patch('/v1/models/tickets/versions/0', { description: 'x' })).statusCode).toBe(400);
    expect((await patch('/v1/models/tickets/versions/99', { description: 'x' })).json().error.code).toBe(
      'MODEL_VERSION_NOT_FOUND',
    );
    expect((await patch('/v1/models/nope', { description: 'x' })).statusCode).toBe(404);
    expect((await seed.workspace.store.models.getModel('tickets')).tags).toEqual({
      owner: 'ana',
      'sextant.monitor.schedule': '*/5 * * * *',
    });
    // Edited beside the server (`sextant models update`): its next poll rebuilds the jobs.
    await seed.workspace.store.models.updateModel('tickets', { tags: { 'sextant.monitor.schedule': 'off' } });
    await server.context.host.refreshAll();
    await vi.waitFor(async () => {
      const listed = (await server.app.inject({ url: '/v1/jobs', headers: as(seed.tokens.predict) })).json()
        .jobs;
      expect(listed.find((j: { name: string }) => j.name === 'monitor:tickets')?.schedule).toBeNull();
    });
  });

  it('answers 404 for monitoring an unknown model', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/v1/models/nope/monitor',
      headers: as(seed.tokens.admin),
    });
    expect([response.statusCode, response.json().error.code]).toEqual([404, 'MODEL_NOT_FOUND']);
  });
});
