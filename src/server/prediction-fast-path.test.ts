import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SERVE_OPTIONS } from '../platform/serve-options.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import { buildServer, type SextantServer } from './build-server.js';

let seed: ServingWorkspace;
let server: SextantServer;
let base: URL;
const good = { title: 'server down', description: 'outage asap', source: 'email', customer_tier: 'premium' };

beforeAll(async () => {
  seed = await seedServingWorkspace('sextant-fast-path-');
  server = await buildServer(seed.workspace, {
    ...DEFAULT_SERVE_OPTIONS,
    logLevel: 'silent',
    maxBatch: 5,
    bodyLimit: 4096,
    port: 0,
  });
  await server.context.host.refreshAll();
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  base = new URL(`http://127.0.0.1:${(server.app.server.address() as { port: number }).port}`);
  // The first use of a token is looked up in the store by Fastify's auth hook; then it is cached.
  const first = await send({
    path: '/v1/models/tickets/predict',
    body: JSON.stringify({ instances: [good] }),
  });
  expect(first.status).toBe(200);
});
afterAll(async () => {
  await server.app.close();
  await seed.dispose();
});

interface Sent {
  readonly path: string;
  readonly body: string;
  readonly headers?: Record<string, string>;
  /** Send the body in two chunks without a Content-Length (Transfer-Encoding: chunked). */
  readonly chunked?: boolean;
}
interface Answer {
  readonly status: number;
  readonly type: string | undefined;
  readonly version: string | undefined;
  readonly text: string;
}

/** One request over a real socket: what the fast path sees. */
function send({ path, body, headers = {}, chunked = false }: Sent, at: URL = base): Promise<Answer> {
  const allHeaders: Record<string, string> = {
    authorization: `Bearer ${seed.tokens.predict}`,
    'content-type': 'application/json',
    ...headers,
  };
  if (!chunked) allHeaders['content-length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, at), { method: 'POST', headers: allHeaders }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: res.headers['content-type'],
          version: res.headers['x-model-version'] as string | undefined,
          text,
        }),
      );
    });
    req.on('error', reject);
    if (chunked) {
      req.write(body.slice(0, 5));
      req.end(body.slice(5));
    } else req.end(body);
  });
}

/** The same request through Fastify's routes (app.inject never passes the fast path). */
async function inject({ path, body, headers = {} }: Sent): Promise<Answer> {
  const response = await server.app.inject({
    method: 'POST',
    url: path,
    headers: {
      authorization: `Bearer ${seed.tokens.predict}`,
      'content-type': 'application/json',
      ...headers,
    },
    payload: body,
  });
  return {
    status: response.statusCode,
    type: response.headers['content-type'] as string | undefined,
    version: response.headers['x-model-version'] as string | undefined,
    text: response.body,
  };
}

/** Request ids differ from call to call; everything else must be byte for byte the same. */
const masked = (answer: Answer) => ({
  ...answer,
  text: answer.text.replace(/"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/g, '"<id>"'),
});

const instances = (...rows: unknown[]) => JSON.stringify({ instances: rows });
const answeredHere: [string, Sent, number][] = [
  [
    'a batch',
    { path: '/v1/models/tickets/predict', body: instances(good, { ...good, title: 'invoice' }) },
    200,
  ],
  ["the seeds' flat /predict", { path: '/predict', body: JSON.stringify(good) }, 200],
  ['a query string', { path: '/v1/models/tickets/predict?trace=1', body: instances(good) }, 200],
  [
    'a charset parameter',
    {
      path: '/v1/models/tickets/predict',
      body: instances(good),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
    200,
  ],
  [
    'bad fields (wrong type, Infinity, unknown field, missing)',
    {
      path: '/v1/models/tickets/predict',
      body: '{"instances":[{"title":{"a":1},"source":"email","customer_tier":1e999,"priority":"high"},7]}',
    },
    400,
  ],
  ['broken JSON', { path: '/v1/models/tickets/predict', body: '{"instances": [' }, 400],
  [
    'prototype poisoning',
    {
      path: '/v1/models/tickets/predict',
      body: `{"instances":[${JSON.stringify(good)}],"__proto__":{"x":1}}`,
    },
    400,
  ],
  ['no instances array', { path: '/v1/models/tickets/predict', body: '[1,2]' }, 400],
  ['an empty batch', { path: '/v1/models/tickets/predict', body: instances() }, 400],
  [
    'more instances than --max-batch',
    { path: '/v1/models/tickets/predict', body: instances(good, good, good, good, good, good) },
    413,
  ],
  ['a flat body that is not an object', { path: '/predict', body: '"text"' }, 400],
];
const leftToFastify: [string, Sent, number][] = [
  ['a pinned version', { path: '/v1/models/tickets/versions/1/predict', body: instances(good) }, 200],
  ['an unknown model', { path: '/v1/models/nope/predict', body: instances(good) }, 404],
  [
    'another content type',
    { path: '/v1/models/tickets/predict', body: instances(good), headers: { 'content-type': 'text/plain' } },
    415,
  ],
  [
    'no token',
    { path: '/v1/models/tickets/predict', body: instances(good), headers: { authorization: '' } },
    401,
  ],
  [
    'a token without the predict role',
    {
      path: '/v1/models/tickets/predict',
      body: instances(good),
      headers: { authorization: 'Bearer feedback' },
    },
    403,
  ],
  [
    'a body over --body-limit',
    { path: '/v1/models/tickets/predict', body: instances(...Array(60).fill(good)) },
    413,
  ],
  ['a chunked body', { path: '/v1/models/tickets/predict', body: instances(good), chunked: true }, 200],
  ['an escaped model name', { path: '/v1/models/tick%65ts/predict', body: instances(good) }, 200],
];

describe('the prediction fast path', () => {
  it.each(answeredHere)('answers %s exactly as the Fastify route does', async (_name, sent, status) => {
    const before = server.fastPath?.served ?? 0;
    const fast = await send(sent);
    expect(server.fastPath?.served).toBe(before + 1);
    const slow = await inject(sent);
    expect(fast.status).toBe(status);
    expect(masked(fast)).toEqual(masked(slow));
    expect(fast.type).toBe('application/json; charset=utf-8');
    // Only an unreadable body (parsed before a version is picked) comes back without one.
    expect(fast.version).toBe(fast.text.includes('Body is not valid JSON') ? undefined : '1');
    // Never a stack trace or an internal error for a client's mistake.
    expect(fast.text).not.toMatch(/INTERNAL|at .*\.js/);
  });

  it.each(leftToFastify)('leaves %s to Fastify, untouched', async (_name, sent, status) => {
    const resolved = {
      ...sent,
      headers: Object.fromEntries(
        Object.entries(sent.headers ?? {}).map(([k, v]) => [
          k,
          v === 'Bearer feedback' ? `Bearer ${seed.tokens.feedback}` : v,
        ]),
      ),
    };
    const before = server.fastPath?.served ?? 0;
    const answer = await send(resolved);
    expect(server.fastPath?.served).toBe(before);
    expect(answer.status).toBe(status);
  });

  it('logs, counts and measures what it answers like the Fastify route', async () => {
    const metricsBefore = await server.context.metrics.registry.metrics();
    const count = (text: string, status: number) =>
      Number(
        new RegExp(
          `sextant_http_requests_total\\{route="/v1/models/:name/predict",method="POST",status="${status}"\\} (\\d+)`,
        ).exec(text)?.[1] ?? 0,
      );
    const ok = await send({ path: '/v1/models/tickets/predict', body: instances(good, good) });
    const bad = await send({ path: '/v1/models/tickets/predict', body: '{' });
    expect([ok.status, bad.status]).toEqual([200, 400]);
    const metricsAfter = await server.context.metrics.registry.metrics();
    expect(count(metricsAfter, 200) - count(metricsBefore, 200)).toBe(1);
    expect(count(metricsAfter, 400) - count(metricsBefore, 400)).toBe(1);

    const ids = (JSON.parse(ok.text) as { request_ids: string[] }).request_ids;
    await server.context.queue.flush();
    for (const id of ids) {
      const logged = await seed.workspace.store.predictions.findPrediction(id);
      expect(logged).toMatchObject({ modelName: 'tickets', version: 1, inputs: good });
    }
    // The error-rate rule sees answered predictions, not the client's broken JSON.
    const stats = server.context.requestStats.take('tickets');
    expect(stats?.errors).toBe(0);
    expect(stats?.total).toBeGreaterThanOrEqual(1);
  });

  it('survives a failure after answering: the process lives and the next request is served', async () => {
    const stats = server.context.requestStats;
    const original = stats.record.bind(stats);
    let thrown = 0;
    stats.record = () => {
      thrown++;
      throw new Error('a bug in bookkeeping');
    };
    try {
      const hit = await send({ path: '/v1/models/tickets/predict', body: instances(good) });
      expect(hit.status).toBe(200);
      expect(thrown).toBe(1);
    } finally {
      stats.record = original;
    }
    const next = await send({ path: '/v1/models/tickets/predict', body: instances(good) });
    expect(next.status).toBe(200);
  });

  it('is off with fastPath: false, and Fastify then answers over the socket', async () => {
    const plain = await buildServer(seed.workspace, {
      ...DEFAULT_SERVE_OPTIONS,
      logLevel: 'silent',
      fastPath: false,
    });
    try {
      expect(plain.fastPath).toBeUndefined();
      await plain.context.host.refreshAll();
      await plain.app.listen({ host: '127.0.0.1', port: 0 });
      const at = new URL(`http://127.0.0.1:${(plain.app.server.address() as { port: number }).port}`);
      const sent = { path: '/v1/models/tickets/predict', body: instances(good) };
      expect(masked(await send(sent, at))).toEqual(masked(await send(sent)));
    } finally {
      await plain.app.close();
    }
  });
});
