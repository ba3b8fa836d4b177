import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SERVE_OPTIONS } from '../platform/serve-options.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import { buildServer, type SextantServer } from './build-server.js';

const options = { ...DEFAULT_SERVE_OPTIONS, logLevel: 'silent' as const };
let seed: ServingWorkspace;
let server: SextantServer;

beforeAll(async () => {
  seed = await seedServingWorkspace('sextant-auth-');
  server = await buildServer(seed.workspace, options);
  await server.context.host.refreshAll();
  await server.app.ready();
});
afterAll(async () => {
  await server.app.close();
  await seed.dispose();
});

/** A concrete URL for a route pattern. */
const concrete = (url: string) =>
  url
    .replace(':name', 'tickets')
    .replace(':version', '1')
    .replace(':alias', 'production')
    .replace(':id', 'x');

describe('fail-closed route table', () => {
  it('gives every route an explicit auth decision, and only health, metrics and docs are public', () => {
    expect(server.routes.length).toBeGreaterThan(15);
    const publicUrls = server.routes.filter((r) => r.auth === 'public').map((r) => r.url);
    for (const url of publicUrls)
      expect(url).toMatch(
        /^\/(health|ready|v2\/health\/(live|ready)|metrics|openapi\.json|docs.*|assets\/:file)?$/,
      );
  });

  it('answers 401 without a token on every non-public route', async () => {
    const guarded = server.routes.filter((r) => r.auth !== 'public');
    expect(guarded.length).toBeGreaterThan(10);
    for (const route of guarded) {
      const response = await server.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        payload: route.method === 'GET' ? undefined : {},
      });
      expect({ route: `${route.method} ${route.url}`, status: response.statusCode }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
      });
      expect(response.json().error.code).toBe('UNAUTHORIZED');
    }
  });

  it('answers 403 on every admin route to a predict or feedback token, and 401 to an unknown one', async () => {
    for (const route of server.routes.filter((r) => r.auth === 'admin')) {
      for (const secret of [seed.tokens.predict, seed.tokens.feedback]) {
        const response = await server.app.inject({
          method: route.method as 'POST',
          url: concrete(route.url),
          headers: { authorization: `Bearer ${secret}` },
          payload: {},
        });
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      }
    }
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/reload-model',
      headers: { authorization: 'Bearer sxt_notarealtokennotarealtokennotarealtoken123' },
    });
    expect(unknown.statusCode).toBe(401);
  });

  it('refuses to register a route without an auth decision', async () => {
    const fresh = await buildServer(seed.workspace, options);
    expect(() => fresh.app.get('/oops', async () => 'open')).toThrow(/declares no auth decision/);
    await fresh.app.close();
  });

  it('lets a feedback token post feedback but not predict, and any token read the registry', async () => {
    const predict = await server.app.inject({
      method: 'POST',
      url: '/v1/models/tickets/predict',
      headers: { authorization: `Bearer ${seed.tokens.feedback}` },
      payload: { instances: [] },
    });
    expect(predict.statusCode).toBe(403);
    for (const secret of Object.values(seed.tokens)) {
      const read = await server.app.inject({
        method: 'GET',
        url: '/v1/models',
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(read.statusCode).toBe(200);
      expect(read.json().models[0].name).toBe('tickets');
    }
  });

  it('opens predict and read routes with --public-predict and --public-read, never admin ones', async () => {
    const open = await buildServer(seed.workspace, { ...options, publicPredict: true, publicRead: true });
    await open.context.host.refreshAll();
    const predict = await open.app.inject({
      method: 'POST',
      url: '/v1/models/tickets/predict',
      payload: { instances: [{ title: 'a', description: 'b', source: 'web', customer_tier: 'free' }] },
    });
    expect(predict.statusCode).toBe(200);
    expect((await open.app.inject({ method: 'GET', url: '/v1/models' })).statusCode).toBe(200);
    expect((await open.app.inject({ method: 'POST', url: '/reload-model' })).statusCode).toBe(401);
    expect(
      (
        await open.app.inject({
          method: 'POST',
          url: '/v1/feedback',
          payload: { request_id: 'x', actual: 1 },
        })
      ).statusCode,
    ).toBe(401);
    await open.app.close();
  });
});
