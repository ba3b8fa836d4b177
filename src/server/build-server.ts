import { createServer } from 'node:http';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest, LogController } from 'fastify';
import type { ApiToken } from '../core/entities/api-token.js';
import { RequestIdGenerator } from '../core/request-id-generator.js';
import { SextantError } from '../core/sextant-error.js';
import { dispatchAlerts } from '../monitor/dispatch-alerts.js';
import { alertChannelsFromEnv } from '../platform/alert-channels-from-env.js';
import { createLoop } from '../platform/create-loop.js';
import type { ServeOptions } from '../platform/serve-options.js';
import type { Workspace } from '../platform/workspace.js';
import { errorResponse } from './error-response.js';
import './fastify-augment.js';
import { ModelHost } from './model-host.js';
import { createPredictionFastPath, type FastPath } from './prediction-fast-path.js';
import { PredictionLogQueue } from './prediction-log-queue.js';
import { probeModel } from './probe-model.js';
import { RequestStatsCollector, summarizeTraffic } from './request-stats.js';
import { ROUTE_AUTHS, type RouteAuth } from './route-auth.js';
import { registerAdminRoutes } from './routes/admin-routes.js';
import { findDashboardDir, registerDashboardRoutes } from './routes/dashboard-routes.js';
import { registerFeedbackRoutes } from './routes/feedback-routes.js';
import { registerHealthRoutes } from './routes/health-routes.js';
import { registerLoopRoutes } from './routes/loop-routes.js';
import { registerMetadataRoutes } from './routes/metadata-routes.js';
import { registerMetricsRoute } from './routes/metrics-route.js';
import { registerPredictRoutes } from './routes/predict-routes.js';
import { registerRegistryReadRoutes } from './routes/registry-read-routes.js';
import type { ServerContext } from './server-context.js';
import { ServerMetrics } from './server-metrics.js';
import { TokenAuthenticator } from './token-authenticator.js';
import type { WorkerLink } from './worker-link.js';

/** A built, not yet listening server and the parts its lifecycle needs. */
export interface SextantServer {
  readonly app: FastifyInstance;
  readonly context: ServerContext;
  /** Every route with its auth decision, for the fail-closed test and the docs. */
  readonly routes: readonly { method: string; url: string; auth: RouteAuth }[];
  /** The prediction fast path in front of Fastify; undefined with `fastPath: false`. */
  readonly fastPath: FastPath | undefined;
}

/**
 * Builds the Fastify app on an open workspace: routes, auth, error mapping, metrics and OpenAPI. A
 * route registered without an explicit `config.auth` makes this throw, so no route is ever open by
 * accident (fail closed).
 */
export async function buildServer(
  workspace: Workspace,
  options: ServeOptions,
  worker?: WorkerLink,
): Promise<SextantServer> {
  // Set once the context exists; until then (and with --no-fast-path) Fastify answers everything.
  let fastPath: FastPath | undefined;
  const app = Fastify({
    serverFactory: (handler) => {
      const server = createServer((request, response) => {
        if (fastPath === undefined || !fastPath.handle(request, response)) handler(request, response);
      });
      // What Fastify sets on a server it creates itself (its defaults: 72 s keep-alive, no request or
      // connection timeout), so the server behaves as it did before the fast path.
      server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
      server.requestTimeout = 0;
      server.setTimeout(0);
      return server;
    },
    // Logs go to stderr: stdout is the command's own output (`serve --json` prints its URL there).
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel, stream: process.stderr },
    // Every prediction is already in the prediction log; per-request access lines would double the I/O.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit,
    // Clients' bodies are validated, never rewritten: no silently removed fields.
    ajv: { customOptions: { removeAdditional: false, allErrors: true, allowUnionTypes: true } },
    return503OnClosing: true,
  });
  // Only JSON bodies: Fastify's default text/plain parser would hand handlers strings.
  app.removeContentTypeParser('text/plain');
  const state = { draining: false };
  const predictionLog = workspace.openPredictionLog();
  const alertChannels = alertChannelsFromEnv(process.env);
  let metrics: ServerMetrics | undefined;
  const queue = new PredictionLogQueue({
    capacity: options.logQueueCapacity,
    batchSize: options.logBatchSize,
    flushIntervalMs: options.logFlushIntervalMs,
    write: (batch) => predictionLog.write(batch),
    onDrop: (count) => metrics?.dropped.inc(count),
    onFlushError: (error) => {
      metrics?.flushErrors.inc();
      app.log.error({ err: error }, 'prediction log flush failed; the batch will be retried');
    },
  });
  // Closing the app writes what is still queued, then releases the writer (its worker thread).
  app.addHook('onClose', async () => {
    await queue.flush();
    await predictionLog.close();
  });
  metrics = new ServerMetrics(() => queue.depth);
  const serverMetrics = metrics;
  let jobSettings: string | undefined;
  const host = new ModelHost({
    models: workspace.store.models,
    artifacts: workspace.artifacts,
    now: () => workspace.clock.now(),
    alias: options.alias,
    strictCategories: options.strictCategories,
    onLoad: (model, outcome) => {
      serverMetrics.reloads.inc({ model, outcome });
      if (outcome !== 'success' || host.current(model) === undefined) return;
      // A model seen for the first time gets its scheduled jobs.
      if (options.scheduler && !scheduledModels.has(model)) {
        scheduledModels.add(model);
        loop
          .refreshJobs()
          .catch((error: Error) => app.log.error({ err: error }, 'defining scheduled jobs failed'));
      }
    },
    onRoutes: (model, routes) => serverMetrics.setModelRoutes(model, routes),
    onModels: (registered) => {
      // Sextant's own model tags (schedules, retrain on FAIL) changed, through the API or the CLI:
      // the scheduler's job definitions are rebuilt from them.
      const settings = JSON.stringify(
        registered.map((m) => [m.name, Object.entries(m.tags).filter(([key]) => key.startsWith('sextant.'))]),
      );
      const changed = jobSettings !== undefined && settings !== jobSettings;
      jobSettings = settings;
      if (changed && options.scheduler)
        loop
          .refreshJobs()
          .catch((error: Error) => app.log.error({ err: error }, 'defining scheduled jobs failed'));
    },
    onReload: () => worker?.broadcastRefresh(),
    onLoadFailure: async (modelName, version, error) => {
      app.log.error(
        { err: error, model: modelName, version },
        'model load failed; the previous version keeps serving',
      );
      await dispatchAlerts(
        [
          {
            rule: 'model_load_failed',
            modelName,
            severity: 'critical',
            message: `${modelName} version ${version} could not be loaded: ${error.message}`,
            dedupKey: `model_load_failed:${modelName}:${version}`,
            payload: { version, error: error.message },
          },
        ],
        { monitoring: workspace.store.monitoring, channels: alertChannels, clock: workspace.clock },
      );
    },
  });
  const requestStats = new RequestStatsCollector();
  const scheduledModels = new Set<string>();
  const loop = createLoop(workspace, {
    env: process.env,
    probe: async (modelName) => probeModel(host, modelName),
    // With workers, the whole server's traffic: each worker's, gathered through the primary.
    trafficStats: async (modelName) =>
      summarizeTraffic((await worker?.clusterTraffic(modelName)) ?? [requestStats.takeRaw(modelName)]),
    // A run in this process may have rolled an alias back or stopped a canary: serve that now, not
    // at the next poll.
    onReport: () => {
      host.refreshAll().catch((error) => app.log.warn({ err: error }, 'refresh after monitoring failed'));
      worker?.broadcastRefresh();
    },
    onError: (error, jobName) => app.log.error({ err: error, job: jobName }, 'scheduled job problem'),
  });
  const context: ServerContext = {
    workspace,
    options,
    host,
    queue,
    metrics,
    state,
    loop,
    requestStats,
    requestIds: new RequestIdGenerator(),
    ...(worker ? { worker } : {}),
  };
  if (worker !== undefined) {
    worker.shareMetrics(serverMetrics.registry);
    worker.shareTraffic((modelName) => requestStats.takeRaw(modelName));
    worker.listenForRefresh(() => {
      host
        .refreshAll()
        .catch((error) => app.log.warn({ err: error }, 'refresh asked by another worker failed'));
    });
  }
  const authenticator = new TokenAuthenticator(workspace.store.tokens, () => workspace.clock.now());
  if (options.fastPath)
    fastPath = createPredictionFastPath({
      ctx: context,
      authenticator,
      logError: (error, url) => app.log.error({ err: error, url }, 'request failed'),
    });
  const routes: { method: string; url: string; auth: RouteAuth }[] = [];

  app.addHook('onRoute', (route) => {
    // Swagger UI's own routes (its page and static assets under /docs) are public documentation by
    // decision; every other route must carry its own.
    if (route.url === '/docs' || route.url.startsWith('/docs/'))
      route.config = { ...route.config, auth: 'public' };
    const auth = route.config?.auth;
    if (auth === undefined || !ROUTE_AUTHS.includes(auth))
      throw new Error(`route ${String(route.method)} ${route.url} declares no auth decision (config.auth)`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url, auth });
  });

  app.addHook('onRequest', async (request) => {
    // Unmatched URLs reach the not-found handler, which reveals nothing but "no such route".
    if (request.is404) return;
    const auth = request.routeOptions.config.auth;
    if (state.draining && auth !== 'public')
      throw new SextantError('SERVER_DRAINING', 'the server is shutting down');
    const needed = neededRole(auth, options);
    if (needed === undefined) return;
    (request as FastifyRequest & { token?: ApiToken }).token = await authenticator.require(
      request.headers.authorization,
      needed,
    );
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    // Served traffic for the error-rate and latency rules: answers and server failures (5xx, a model
    // that cannot load included); a client's mistake (4xx, an unknown model name) is not the model's.
    const status = reply.statusCode;
    if (request.routeOptions.config.auth === 'predict' && (status < 400 || status >= 500)) {
      const model = servedModelOf(request, options);
      const version = request.offServingVersion;
      if (model !== undefined && version === undefined) requestStats.record(model, status, reply.elapsedTime);
      else if (model !== undefined && version !== undefined)
        requestStats.recordOffServing(model, version, status, reply.elapsedTime);
    }
    serverMetrics.observeRequest(route, request.method, reply.statusCode, reply.elapsedTime / 1000);
  });

  app.setErrorHandler(async (error, request, reply) => {
    const response = errorResponse(error);
    if (response.internal) request.log.error({ err: error, url: request.url }, 'request failed');
    return reply.code(response.status).send(response.body);
  });

  app.setNotFoundHandler({}, async (request, reply) => {
    return reply.code(404).send({
      error: {
        code: 'ROUTE_NOT_FOUND',
        message: `no route ${request.method} ${request.url.split('?')[0]}`,
        details: {},
      },
    });
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Sextant', version: '1', description: 'Prediction, feedback, registry and admin API' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    exposeRoute: false,
  } as Parameters<typeof swagger>[1]);
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list' },
    staticCSP: true,
  });
  app.get('/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());

  registerHealthRoutes(app, context);
  registerPredictRoutes(app, context);
  registerFeedbackRoutes(app, context);
  registerRegistryReadRoutes(app, context);
  registerAdminRoutes(app, context);
  registerMetricsRoute(app, context);
  registerMetadataRoutes(app, context);
  registerLoopRoutes(app, context);
  registerDashboardRoutes(app, findDashboardDir());
  return { app, context, routes, fastPath };
}

/** Fastify's own default for the servers it creates; Node's is 5 s. */
const KEEP_ALIVE_TIMEOUT_MS = 72_000;

function neededRole(
  auth: RouteAuth | undefined,
  options: ServeOptions,
): ApiToken['role'] | 'any' | undefined {
  switch (auth) {
    case 'public':
      return undefined;
    case 'predict':
      return options.publicPredict ? undefined : 'predict';
    case 'read':
      return options.publicRead ? undefined : 'any';
    case 'feedback':
      return 'feedback';
    case 'admin':
      return 'admin';
    default:
      // Unreachable: onRoute refuses routes without a decision. Kept closed all the same.
      return 'admin';
  }
}

/** The model a prediction request was served by: its URL's name, or the default model of `/predict`. */
function servedModelOf(request: FastifyRequest, options: ServeOptions): string | undefined {
  const name = (request.params as { name?: string } | undefined)?.name;
  return name ?? (request as FastifyRequest & { servedModel?: string }).servedModel ?? options.defaultModel;
}
