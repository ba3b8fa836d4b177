import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SERVE_OPTIONS } from '../platform/serve-options.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import { buildServer, type SextantServer } from './build-server.js';

let seed: ServingWorkspace;
let server: SextantServer;
let base: URL;
let canary: number;
const agent = new Agent({ keepAlive: true, maxSockets: 16 });
const good = { title: 'server down', description: 'outage asap', source: 'email', customer_tier: 'premium' };
const body = JSON.stringify({ instances: [good] });
const N = 2000;

beforeAll(async () => {
  seed = await seedServingWorkspace('sextant-traffic-');
  canary = await seed.trainVersion(2, 'canary');
  server = await buildServer(seed.workspace, { ...DEFAULT_SERVE_OPTIONS, logLevel: 'silent', port: 0 });
  await server.context.host.refreshAll();
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  base = new URL(`http://127.0.0.1:${(server.app.server.address() as { port: number }).port}`);
  // The first use of a token goes through Fastify's auth hook, which caches it for the fast path.
  expect((await send()).status).toBe(200);
});
afterAll(async () => {
  agent.destroy();
  await server.app.close();
  await seed.dispose();
});

interface Served {
  readonly status: number;
  readonly header: string | undefined;
  readonly version: number;
  readonly requestId: string;
}

/** One one-row prediction over a real socket (the fast path takes it). */
function send(path = '/v1/models/tickets/predict'): Promise<Served> {
  const headers = {
    authorization: `Bearer ${seed.tokens.predict}`,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
  };
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, base), { method: 'POST', headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => {
        const parsed = JSON.parse(text) as { version: number; request_ids: string[] };
        resolve({
          status: res.statusCode ?? 0,
          header: res.headers['x-model-version'] as string | undefined,
          version: parsed.version,
          requestId: parsed.request_ids?.[0] as string,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The same through Fastify's route (app.inject never passes the fast path). */
async function inject(path = '/v1/models/tickets/predict'): Promise<Served> {
  const res = await server.app.inject({
    method: 'POST',
    url: path,
    headers: { authorization: `Bearer ${seed.tokens.predict}`, 'content-type': 'application/json' },
    payload: body,
  });
  const parsed = res.json() as { version: number; request_ids: string[] };
  return {
    status: res.statusCode,
    header: res.headers['x-model-version'] as string | undefined,
    version: parsed.version,
    requestId: parsed.request_ids[0] as string,
  };
}

/** `count` predictions, 16 in flight at a time. */
async function many(count: number, one: () => Promise<Served>): Promise<Served[]> {
  const out: Served[] = [];
  for (let i = 0; i < count; i += 16)
    out.push(...(await Promise.all(Array.from({ length: Math.min(16, count - i) }, one))));
  return out;
}

const putSplit = (split: unknown, token = seed.tokens.admin) =>
  server.app.inject({
    method: 'PUT',
    url: '/v1/models/tickets/traffic',
    headers: { authorization: `Bearer ${token}` },
    payload: { split } as unknown as string,
  });

/** Checks the share served by the canary and that every prediction is logged under its own version. */
async function expectSplit(answers: Served[], share: number): Promise<void> {
  expect(answers.every((a) => a.status === 200 && a.header === String(a.version))).toBe(true);
  expect(new Set(answers.map((a) => a.version))).toEqual(new Set(share === 0 ? [1] : [1, canary]));
  const served = answers.filter((a) => a.version === canary).length / answers.length;
  // Binomial standard deviation at n = 2000, p = 0.3 is 0.0103: 0.06 is almost six of them.
  expect(Math.abs(served - share)).toBeLessThan(0.06);
  await server.context.queue.flush();
  for (const answer of answers) {
    const logged = await seed.workspace.store.predictions.findPrediction(answer.requestId);
    expect(logged?.version).toBe(answer.version);
  }
}

describe('canary traffic split', () => {
  it('stores a split through the admin API and loads the canary version at once', async () => {
    const response = await putSplit({ canary: 30 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      modelName: 'tickets',
      split: { canary: 30 },
      actor: 'token:test-admin',
    });
    expect(server.context.host.routes('tickets')).toEqual([
      { name: 'tickets', alias: 'production', version: 1 },
      { name: 'tickets', alias: 'canary', version: canary },
    ]);
    const ready = await server.app.inject({ method: 'GET', url: '/ready' });
    expect(ready.json().models).toEqual(server.context.host.routes('tickets'));
    const metrics = (await server.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toContain(`sextant_model_info{model="tickets",alias="canary",version="${canary}"} 1`);
    expect(metrics).toContain('sextant_model_info{model="tickets",alias="production",version="1"} 1');
    const described = await server.app.inject({
      method: 'GET',
      url: '/v1/models/tickets',
      headers: { authorization: `Bearer ${seed.tokens.predict}` },
    });
    expect(described.json().traffic).toMatchObject({ split: { canary: 30 }, actor: 'token:test-admin' });
  });

  it('picks by the cumulative table: below 0.3 the canary, from 0.3 on production', () => {
    expect(server.context.host.pick('tickets', 0)?.version).toBe(canary);
    expect(server.context.host.pick('tickets', 0.2999)?.version).toBe(canary);
    expect(server.context.host.pick('tickets', 0.3)?.version).toBe(1);
    expect(server.context.host.pick('tickets', 0.9999)?.version).toBe(1);
    expect(server.context.host.pick('nope', 0)).toBeUndefined();
  });

  it('sends about 30 % of fast-path predictions to the canary, each logged with its version', async () => {
    const before = server.fastPath?.served ?? 0;
    server.context.requestStats.take('tickets');
    server.context.requestStats.takeOffServing('tickets');
    const answers = await many(N, () => send());
    expect(server.fastPath?.served).toBe(before + N);
    await expectSplit(answers, 0.3);
    // The error-rate and latency rules judge production: the canary's share is not counted for it,
    // but apart, by version, for the canary guard.
    const production = answers.filter((a) => a.version !== canary).length;
    expect(server.context.requestStats.take('tickets')?.total).toBe(production);
    const offServing = server.context.requestStats.takeOffServing('tickets');
    expect([...offServing.keys()]).toEqual([canary]);
    expect(offServing.get(canary)).toMatchObject({ total: N - production, errors: 0 });
  });

  it('sends about 30 % of Fastify-routed predictions to the canary too', async () => {
    server.context.requestStats.take('tickets');
    server.context.requestStats.takeOffServing('tickets');
    const answers = await many(N, () => inject());
    await expectSplit(answers, 0.3);
    const production = answers.filter((a) => a.version !== canary).length;
    expect(server.context.requestStats.take('tickets')?.total).toBe(production);
    expect(server.context.requestStats.takeOffServing('tickets').get(canary)?.total).toBe(N - production);
  });

  it('leaves the pinned-version route alone, even with all traffic on the canary', async () => {
    expect((await putSplit({ canary: 100 })).statusCode).toBe(200);
    const defaults = [...(await many(40, () => send())), ...(await many(40, () => inject()))];
    expect(defaults.every((a) => a.version === canary)).toBe(true);
    const pinned = await many(20, () => inject('/v1/models/tickets/versions/1/predict'));
    expect(pinned.every((a) => a.version === 1 && a.header === '1')).toBe(true);
  });

  it('refuses bad splits with the catalogue code and keeps the stored one', async () => {
    const codes = async (split: unknown) => {
      const response = await putSplit(split);
      return [response.statusCode, response.json().error.code];
    };
    expect(await codes({ production: 10 })).toEqual([400, 'INVALID_ARGUMENT']);
    expect(await codes({ canary: 10, staging: 5 })).toEqual([404, 'ALIAS_NOT_FOUND']);
    expect(await codes({ canary: 60.5, other: 40 })).toEqual([400, 'INVALID_ARGUMENT']);
    expect(await codes({ canary: 101 })).toEqual([400, 'INVALID_ARGUMENT']);
    expect(await codes({ canary: 'ten' })).toEqual([400, 'INVALID_ARGUMENT']);
    expect((await putSplit({ canary: 10 }, seed.tokens.predict)).statusCode).toBe(403);
    expect((await seed.workspace.store.models.getTrafficSplit('tickets')).split).toEqual({ canary: 100 });
  });

  it('follows a split alias moved through the API at once: the share goes with the alias', async () => {
    const move = (version: number) =>
      server.app.inject({
        method: 'PUT',
        url: '/v1/models/tickets/aliases/canary',
        headers: { authorization: `Bearer ${seed.tokens.admin}` },
        payload: { version } as unknown as string,
      });
    expect((await move(1)).statusCode).toBe(200);
    expect(server.context.host.routes('tickets')[1]).toEqual({
      name: 'tickets',
      alias: 'canary',
      version: 1,
    });
    expect((await send()).version).toBe(1);
    expect((await move(canary)).statusCode).toBe(200);
    expect((await send()).version).toBe(canary);
  });

  it('sends everything to production once the split is cleared, through the API or at the next poll', async () => {
    await seed.workspace.store.models.setTrafficSplit('tickets', {}, 'cli:ana', new Date());
    // Not yet seen by this server: the canary still takes all the traffic until the poll.
    expect((await send()).version).toBe(canary);
    await server.context.host.refreshAll();
    await expectSplit(await many(200, () => send()), 0);
    const metrics = (await server.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).not.toContain('alias="canary"');

    expect((await putSplit({ canary: 50 })).statusCode).toBe(200);
    expect((await send()).status).toBe(200);
    const cleared = await putSplit({});
    expect(cleared.json()).toMatchObject({ split: {}, actor: null, at: null });
    await expectSplit([...(await many(100, () => send())), ...(await many(100, () => inject()))], 0);
  });

  it('stops a failing canary from a monitoring run in this process, and serves production at once', async () => {
    expect((await putSplit({ canary: 100 })).statusCode).toBe(200);
    expect(server.context.host.pick('tickets', 0)?.version).toBe(canary);
    server.context.requestStats.takeOffServing('tickets');
    // What 25 answers of the canary, 5 of them failed, leave behind: a healthy model gives no 5xx.
    for (let i = 0; i < 25; i++)
      server.context.requestStats.recordOffServing('tickets', canary, i < 5 ? 503 : 200, 2);
    const response = await server.app.inject({
      method: 'POST',
      url: '/v1/models/tickets/monitor',
      headers: { authorization: `Bearer ${seed.tokens.admin}` },
    });
    expect(response.statusCode).toBe(200);
    const step = (response.json() as { steps: { name: string; detail: string }[] }).steps.find(
      (s) => s.name === 'canary',
    );
    expect(step?.detail).toBe(
      `canary (version ${canary}, 100%): stopped: error rate 20.0% of 25 answers (limit 5.0%)`,
    );
    expect((await seed.workspace.store.models.getTrafficSplit('tickets')).split).toEqual({});
    // No poll interval to wait for: the run's report makes this server refresh what it serves.
    await vi.waitFor(() => expect(server.context.host.routes('tickets')).toHaveLength(1), { timeout: 2000 });
    await expectSplit(await many(40, () => send()), 0);
  });

  it('gives a canary version that cannot load no traffic, and records an alert once', async () => {
    const { models } = seed.workspace.store;
    const v1 = await models.getVersion('tickets', 1);
    const key = await seed.workspace.artifacts.put(new TextEncoder().encode('{"format":"not-a-model"}'));
    const broken = await models.registerVersion({ ...v1, artifactKey: key }, new Date());
    await models.moveAlias({
      modelName: 'tickets',
      alias: 'canary',
      version: broken.version,
      actor: 't',
      reason: 'r',
      at: new Date(),
    });
    expect((await putSplit({ canary: 100 })).statusCode).toBe(200);
    expect(server.context.host.routes('tickets')).toEqual([
      { name: 'tickets', alias: 'production', version: 1 },
    ]);
    await expectSplit(await many(50, () => send()), 0);
    await server.context.host.refreshAll();
    const recorded = await seed.workspace.store.monitoring.listAlerts({ modelName: 'tickets' });
    expect(recorded.filter((a) => a.dedupKey === `model_load_failed:tickets:${broken.version}`)).toHaveLength(
      1,
    );
  });
});
