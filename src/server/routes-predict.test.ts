import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SERVE_OPTIONS } from '../platform/serve-options.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import { buildServer, type SextantServer } from './build-server.js';

let seed: ServingWorkspace;
let server: SextantServer;
const good = { title: 'server down', description: 'outage asap', source: 'email', customer_tier: 'premium' };

beforeAll(async () => {
  seed = await seedServingWorkspace('sextant-predict-');
  server = await buildServer(seed.workspace, {
    ...DEFAULT_SERVE_OPTIONS,
    logLevel: 'silent',
    maxBatch: 5,
    bodyLimit: 4096,
  });
  await server.context.host.refreshAll();
  await server.app.ready();
});
afterAll(async () => {
  await server.app.close();
  await seed.dispose();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  server.app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${seed.tokens.predict}`, ...headers },
    payload: payload as string,
  });

describe('prediction routes', () => {
  it('predicts a batch with the production version, one request id per instance, and logs every prediction', async () => {
    const response = await post('/v1/models/tickets/predict', {
      instances: [good, { ...good, title: 'invoice question' }],
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-model-version']).toBe('1');
    const body = response.json();
    expect(body).toMatchObject({ model: 'tickets', version: 1 });
    expect(body.predictions).toHaveLength(2);
    expect(Object.keys(body.predictions[0].probabilities).sort()).toEqual(['0', '1']);
    const sum = Object.values(body.predictions[0].probabilities as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(sum).toBeCloseTo(1, 12);
    expect(new Set(body.request_ids).size).toBe(2);
    await server.context.queue.flush();
    const logged = await seed.workspace.store.predictions.findPrediction(body.request_ids[1]);
    expect(logged).toMatchObject({
      modelName: 'tickets',
      version: 1,
      inputs: { ...good, title: 'invoice question' },
    });
    expect(logged?.output).toEqual(body.predictions[1]);
  });

  it("gives the same answer as the predictor on the seeds' flat /predict route", async () => {
    const response = await post('/predict', good);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.prediction).toEqual(
      server.context.host.current('tickets')?.predictor.predictRecords([good])[0],
    );
    expect(typeof body.request_id).toBe('string');
  });

  it('names every bad field of every instance in one 400', async () => {
    const response = await post(
      '/v1/models/tickets/predict',
      `{"instances":[{"title":{"a":1},"source":"email","customer_tier":1e999,"priority":"high"},{"title":"ok","description":"ok","source":null,"customer_tier":"free"}, 7]}`,
      { 'content-type': 'application/json' },
    );
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('INVALID_ARGUMENT');
    const problems = error.details.errors.map(
      (e: { instance: number; field: string; problem: string }) => `${e.instance}:${e.field}:${e.problem}`,
    );
    expect(problems.sort(), JSON.stringify(problems)).toEqual(
      [
        '0:title:type',
        '0:description:missing',
        '0:customer_tier:not_finite',
        '0:priority:unknown_field',
        '1:source:missing',
        '2::not_object',
      ].sort(),
    );
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('accepts an unseen category as "unknown" by default', async () => {
    const response = await post('/v1/models/tickets/predict', {
      instances: [{ ...good, source: 'carrier pigeon' }],
    });
    expect(response.statusCode).toBe(200);
  });

  it('answers 413 for too many instances and for an oversized body, 415 for another content type, 400 for broken JSON', async () => {
    const six = await post('/v1/models/tickets/predict', {
      instances: Array.from({ length: 6 }, () => good),
    });
    expect([six.statusCode, six.json().error.code]).toEqual([413, 'BATCH_TOO_LARGE']);
    const huge = await post('/v1/models/tickets/predict', {
      instances: [{ ...good, description: 'x'.repeat(5000) }],
    });
    expect([huge.statusCode, huge.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const text = await post('/v1/models/tickets/predict', 'title=a', { 'content-type': 'text/plain' });
    expect([text.statusCode, text.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const form = await post('/v1/models/tickets/predict', 'a=b', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.statusCode).toBe(415);
    const broken = await post('/v1/models/tickets/predict', '{"instances": [', {
      'content-type': 'application/json',
    });
    expect([broken.statusCode, broken.json().error.code]).toEqual([400, 'INVALID_ARGUMENT']);
    const nan = await post('/v1/models/tickets/predict', '{"instances": [{"title": NaN}]}', {
      'content-type': 'application/json',
    });
    expect(nan.statusCode).toBe(400);
    const shape = await post('/v1/models/tickets/predict', { rows: [good] });
    expect([shape.statusCode, shape.json().error.code]).toEqual([400, 'INVALID_ARGUMENT']);
    const empty = await post('/v1/models/tickets/predict', { instances: [] });
    expect(empty.statusCode).toBe(400);
  });

  it('answers 404 for an unknown model, version or route, and pins a version on its route', async () => {
    expect((await post('/v1/models/nope/predict', { instances: [good] })).json().error.code).toBe(
      'MODEL_NOT_FOUND',
    );
    expect((await post('/v1/models/tickets/versions/9/predict', { instances: [good] })).statusCode).toBe(404);
    expect((await post('/v1/models/tickets/versions/x/predict', { instances: [good] })).statusCode).toBe(400);
    const pinned = await post('/v1/models/tickets/versions/1/predict', { instances: [good] });
    expect([pinned.statusCode, pinned.headers['x-model-version']]).toEqual([200, '1']);
    const missing = await server.app.inject({ method: 'GET', url: '/v1/nothing' });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'ROUTE_NOT_FOUND']);
  });

  it('stores feedback idempotently, joins it to the prediction, and answers 409 to a conflicting value', async () => {
    const predicted = (await post('/v1/models/tickets/predict', { instances: [good, good] })).json();
    const [first, second] = predicted.request_ids as string[];
    const feedback = (payload: unknown) =>
      server.app.inject({
        method: 'POST',
        url: '/v1/feedback',
        headers: { authorization: `Bearer ${seed.tokens.feedback}` },
        payload: payload as string,
      });
    expect((await feedback({ request_id: first, actual: '1' })).json()).toEqual({
      inserted: 1,
      duplicates: 0,
    });
    expect(
      (
        await feedback({
          items: [
            { request_id: first, actual: '1' },
            { request_id: second, actual: '0' },
          ],
        })
      ).json(),
    ).toEqual({
      inserted: 1,
      duplicates: 1,
    });
    const conflict = await feedback({ request_id: first, actual: '0' });
    expect([conflict.statusCode, conflict.json().error.code]).toEqual([409, 'FEEDBACK_CONFLICT']);
    expect((await feedback({ request_id: first })).statusCode).toBe(400);
    expect((await feedback({ request_id: first, actual: { nested: true } })).statusCode).toBe(400);
    await server.context.queue.flush();
    const labelled = await seed.workspace.store.predictions.listLabelled({ modelName: 'tickets' });
    const joined = labelled.find((p) => p.requestId === first);
    expect(joined).toMatchObject({ hasFeedback: true, actual: '1' });
  });

  it('counts requests and predictions on /metrics in Prometheus format', async () => {
    const text = (await server.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(/sextant_predictions_total\{model="tickets",version="1"\} \d+/);
    expect(text).toMatch(
      /sextant_http_requests_total\{route="\/v1\/models\/:name\/predict",method="POST",status="400"\} \d+/,
    );
    expect(text).toMatch(/sextant_model_info\{model="tickets",alias="production",version="1"\} 1/);
    expect(text).toContain('sextant_prediction_log_queue_depth');
    expect(text).toContain('# TYPE sextant_http_request_duration_seconds histogram');
  });

  it('serves OpenAPI and the docs page', async () => {
    const spec = (await server.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/v1/models/{name}/predict', '/predict', '/v1/feedback', '/reload-model']),
    );
    const docs = await server.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});
