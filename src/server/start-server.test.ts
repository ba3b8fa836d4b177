import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SERVE_OPTIONS, type ServeOptions } from '../platform/serve-options.js';
import type { RunningServer } from '../platform/server-launcher.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import { startServer } from './start-server.js';

const options: ServeOptions = { ...DEFAULT_SERVE_OPTIONS, port: 0, logLevel: 'silent' };
const ticket = {
  title: 'server down',
  description: 'outage asap',
  source: 'email',
  customer_tier: 'premium',
};
let seed: ServingWorkspace;

beforeAll(async () => {
  seed = await seedServingWorkspace('sextant-start-server-');
});
afterAll(async () => {
  await seed.dispose();
});

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Record<string, unknown>;
}

/** The outcome of one fetch: its answer, or how the connection failed. */
type Outcome = Answer | { readonly failed: string };

async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
  };
}

const predictInit = (instances: unknown[]): RequestInit => ({
  method: 'POST',
  headers: { authorization: `Bearer ${seed.tokens.predict}`, 'content-type': 'application/json' },
  body: JSON.stringify({ instances }),
});

/**
 * A prediction request whose headers reach the server at once and whose body waits for `send()`.
 * `Expect: 100-continue` makes Node answer "100 Continue" when it hands the request to the server's
 * handler, so `accepted` resolving proves the server took the request in: no sleeping, no guessing.
 */
function heldPrediction(base: string, instances: unknown[]) {
  const body = JSON.stringify({ instances });
  const url = new URL('/v1/models/tickets/predict', base);
  const req = httpRequest(url, {
    method: 'POST',
    agent: false,
    headers: {
      authorization: `Bearer ${seed.tokens.predict}`,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      expect: '100-continue',
    },
  });
  const accepted = new Promise<void>((resolve, reject) => {
    req.once('continue', resolve);
    req.once('error', reject);
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
        }),
      );
    });
  });
  req.flushHeaders();
  return {
    accepted,
    send: () => {
      req.end(body);
      return answer;
    },
  };
}

async function expectAllLogged(requestIds: readonly string[]): Promise<void> {
  const missing: string[] = [];
  for (const id of requestIds)
    if ((await seed.workspace.store.predictions.findPrediction(id)) === undefined) missing.push(id);
  expect(missing).toEqual([]);
}

describe('startServer on a real port', () => {
  it('drains on close: /ready says draining, accepted requests get their 200, and every 200 is logged', async () => {
    const server = await startServer(seed.workspace, options);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const before = await seed.workspace.store.predictions.countPredictions('tickets');
    const ready = await call(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    const servedVersion = String((ready.body.models as { version: number }[])[0]?.version);

    const held = Array.from({ length: 16 }, (_, i) =>
      heldPrediction(server.url, [{ ...ticket, title: `held ${i}` }]),
    );
    await Promise.all(held.map((h) => h.accepted));
    const predict = `${server.url}/v1/models/tickets/predict`;
    // Close once half the flood is answered, with the other half in flight or still connecting.
    let answered = 0;
    let halfAnswered: () => void = () => undefined;
    const half = new Promise<void>((resolve) => {
      halfAnswered = resolve;
    });
    const flood: Promise<Outcome>[] = Array.from({ length: 200 }, (_, i) =>
      call(predict, predictInit([ticket, { ...ticket, title: `flood ${i}` }]))
        .catch((error: Error) => ({
          failed: String((error.cause as Error | undefined)?.message ?? error.message),
        }))
        .finally(() => {
          if (++answered === 100) halfAnswered();
        }),
    );
    await half;
    const closing = server.close();
    let closed = false;
    void closing.then(() => {
      closed = true;
    });

    // The held requests keep the drain open, so what a probe and a new client see is observable.
    const draining = await call(`${server.url}/ready`);
    expect(draining.status).toBe(503);
    expect(draining.body).toEqual({ status: 'draining' });
    const refused = await call(predict, predictInit([ticket]));
    expect(refused.status).toBe(503);
    expect((refused.body.error as { code: string }).code).toBe('SERVER_DRAINING');
    expect(refused.headers.connection).toBe('close');
    expect(closed).toBe(false);

    const heldAnswers = await Promise.all(held.map((h) => h.send()));
    await closing;
    for (const answer of heldAnswers) {
      expect(answer.status).toBe(200);
      expect(answer.headers['x-model-version']).toBe(servedVersion);
    }
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();

    const outcomes = await Promise.all(flood);
    const ok = outcomes.filter((o): o is Answer => 'status' in o && o.status === 200);
    // Anything else is a refusal of a request the server never took in: a 503 or a closed socket.
    for (const outcome of outcomes)
      if (!('status' in outcome && outcome.status === 200))
        expect('failed' in outcome || outcome.status === 503, JSON.stringify(outcome)).toBe(true);
    expect(ok.length).toBeGreaterThan(0);
    const ids = [...heldAnswers, ...ok].flatMap((a) => a.body.request_ids as string[]);
    expect(ids).toHaveLength(heldAnswers.length + 2 * ok.length);
    await expectAllLogged(ids);
    expect((await seed.workspace.store.predictions.countPredictions('tickets')) - before).toBe(ids.length);
  });

  it('close() called twice returns the same drain, which flushes the log', async () => {
    const server = await startServer(seed.workspace, options);
    const answer = await call(`${server.url}/v1/models/tickets/predict`, predictInit([ticket]));
    expect(answer.status).toBe(200);
    const first = server.close();
    expect(server.close()).toBe(first);
    await first;
    await expectAllLogged(answer.body.request_ids as string[]);
  });

  it('rejects when the port is taken', async () => {
    const server = await startServer(seed.workspace, options);
    try {
      const port = Number(new URL(server.url).port);
      await expect(startServer(seed.workspace, { ...options, port })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: `cannot listen on 127.0.0.1:${port}: the port is in use`,
      });
    } finally {
      await server.close();
    }
  });

  it('picks up an alias moved in the store by polling, and logs predictions with the new version', async () => {
    const server: RunningServer = await startServer(seed.workspace, { ...options, pollIntervalMs: 50 });
    try {
      const predict = `${server.url}/v1/models/tickets/predict`;
      const first = await call(predict, predictInit([ticket]));
      expect(first.headers['x-model-version']).toBe('1');
      const next = await seed.trainVersion(2);
      await seed.workspace.store.models.moveAlias({
        modelName: 'tickets',
        alias: 'production',
        version: next,
        actor: 'test',
        reason: 'hot reload by polling',
        at: new Date(),
      });
      const deadline = Date.now() + 20_000;
      let answer = first;
      while (answer.headers['x-model-version'] !== String(next)) {
        if (Date.now() > deadline)
          throw new Error(`still serving version ${answer.headers['x-model-version']}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        answer = await call(predict, predictInit([ticket]));
        // During the swap every request is answered by the old version or the new one.
        expect(answer.status).toBe(200);
        expect(['1', String(next)]).toContain(answer.headers['x-model-version']);
      }
      expect(answer.body.version).toBe(next);
      await server.close();
      const [id] = answer.body.request_ids as string[];
      expect((await seed.workspace.store.predictions.findPrediction(id as string))?.version).toBe(next);
    } finally {
      await server.close();
    }
  });
});
