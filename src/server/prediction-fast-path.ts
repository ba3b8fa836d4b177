import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorCodes } from 'fastify';
import secureJsonParse from 'secure-json-parse';
import { errorResponse } from './error-response.js';
import { instancesOfBody } from './instances-of-body.js';
import { knownDefaultModel } from './known-default-model.js';
import type { LoadedModel } from './loaded-model.js';
import { predictInstances } from './predict-instances.js';
import { predictionBody } from './prediction-body.js';
import type { ServerContext } from './server-context.js';
import type { TokenAuthenticator } from './token-authenticator.js';

export interface FastPath {
  /** Answers the request and returns true, or returns false without touching it (Fastify takes it). */
  handle(request: IncomingMessage, response: ServerResponse): boolean;
  /** Requests answered here so far (tests check which path took a request). */
  readonly served: number;
}

export interface FastPathDeps {
  readonly ctx: ServerContext;
  readonly authenticator: TokenAuthenticator;
  /** Where a server failure (a 500) is reported with its stack; the client never sees it. */
  readonly logError: (error: unknown, url: string) => void;
}

const BATCH_ROUTE = '/v1/models/:name/predict';
const FLAT_ROUTE = '/predict';
const PREFIX = '/v1/models/';
const SUFFIX = '/predict';
/** Model names the fast path takes as they are; anything else (percent escapes...) goes to Fastify. */
const PLAIN_NAME = /^[A-Za-z0-9._-]+$/;
const JSON_TYPE = /^application\/json\s*(;|$)/i;
/** Fastify's JSON parser settings (onProtoPoisoning and onConstructorPoisoning 'error'). */
const PARSE_OPTIONS = { protoAction: 'error', constructorAction: 'error' } as const;

/**
 * The common case of the two hot prediction routes, `POST /v1/models/{name}/predict` and the seeds'
 * `POST /predict`, answered on node:http in front of Fastify. Fastify stays the router of record:
 * the routes are declared there (auth decision, OpenAPI, `app.inject` tests), and every request this
 * path is not sure of is left to it untouched: a pinned version, a token not already in the cache,
 * a model not loaded, a body without a Content-Length or over the limit, another content type, a
 * name needing decoding, a draining server. Everything else happens in the functions the Fastify
 * routes call (validation, prediction, logging, error mapping, metrics), so both paths give the same
 * answers; a test sends the same requests through both and compares them byte for byte.
 *
 * Why it exists: per request, Fastify's hooks, promise chain and reply pipeline cost 3-13 µs of CPU
 * on the event loop (59 against 46 µs a request in the quiet run of BENCHMARKS.md, Serving), and this
 * is the one route where the event loop is the limit.
 */
export function createPredictionFastPath({ ctx, authenticator, logError }: FastPathDeps): FastPath {
  const { options } = ctx;
  let served = 0;
  const handle = (request: IncomingMessage, response: ServerResponse): boolean => {
    if (request.method !== 'POST' || ctx.state.draining) return false;
    const url = request.url ?? '';
    const query = url.indexOf('?');
    const path = query < 0 ? url : url.slice(0, query);
    let route: string;
    let name: string | undefined;
    if (path === FLAT_ROUTE) {
      route = FLAT_ROUTE;
      name = knownDefaultModel(ctx);
    } else if (path.startsWith(PREFIX) && path.endsWith(SUFFIX)) {
      route = BATCH_ROUTE;
      name = path.slice(PREFIX.length, path.length - SUFFIX.length);
      if (!PLAIN_NAME.test(name)) return false;
    } else return false;
    const headers = request.headers;
    const type = headers['content-type'];
    const length = Number(headers['content-length']);
    if (type === undefined || !JSON_TYPE.test(type)) return false;
    if (headers['transfer-encoding'] !== undefined || !(length > 0) || length > options.bodyLimit)
      return false;
    if (!options.publicPredict && authenticator.cached(headers.authorization, 'predict') === undefined)
      return false;
    // The version for this request: production, or a canary alias with its share of the traffic.
    const model = name === undefined ? undefined : ctx.host.pick(name, Math.random());
    if (model === undefined) return false;

    served++;
    const started = performance.now();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      // An event handler has no Fastify around it: whatever escapes here would end the process.
      try {
        const text = (chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)).toString('utf8');
        const { status, payload, parsed } = answer(ctx, model, route, text, started, logError, url);
        const headers: Record<string, string | number> = {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(payload),
        };
        // Fastify parses before the handler picks a version, so an unreadable body names none.
        if (parsed) headers['x-model-version'] = String(model.version);
        response.writeHead(status, headers);
        response.end(payload);
        const elapsedMs = performance.now() - started;
        // Served traffic as the Fastify hook counts it: the serving version's for the error-rate and
        // latency rules (a canary's failures must not roll production back), a canary's by version.
        if (status < 400 || status >= 500) {
          if (ctx.host.serves(model)) ctx.requestStats.record(model.modelName, status, elapsedMs);
          else ctx.requestStats.recordOffServing(model.modelName, model.version, status, elapsedMs);
        }
        ctx.metrics.observeRequest(route, 'POST', status, elapsedMs / 1000);
      } catch (error) {
        logError(error, url);
        if (!response.headersSent) {
          const payload = JSON.stringify(errorResponse(error).body);
          response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' }).end(payload);
        } else if (!response.writableEnded) response.destroy();
      }
    });
    return true;
  };
  return {
    handle,
    get served() {
      return served;
    },
  };
}

function answer(
  ctx: ServerContext,
  model: LoadedModel,
  route: string,
  text: string,
  started: number,
  logError: FastPathDeps['logError'],
  url: string,
): { status: number; payload: string; parsed: boolean } {
  let body: unknown;
  try {
    body = secureJsonParse.parse(text, undefined, PARSE_OPTIONS);
  } catch {
    const mapped = errorResponse(new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY());
    return { status: mapped.status, payload: JSON.stringify(mapped.body), parsed: false };
  }
  try {
    const shape = route === FLAT_ROUTE ? 'flat' : 'batch';
    const out = predictInstances(ctx, model, instancesOfBody(body, shape), started);
    return { status: 200, payload: JSON.stringify(predictionBody(model, out, shape)), parsed: true };
  } catch (error) {
    const mapped = errorResponse(error);
    if (mapped.internal) logError(error, url);
    return { status: mapped.status, payload: JSON.stringify(mapped.body), parsed: true };
  }
}
