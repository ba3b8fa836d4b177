import cluster from 'node:cluster';
import type { ServerResponse } from 'node:http';
import { SextantError } from '../core/sextant-error.js';
import type { RunningServer, ServerLauncher } from '../platform/server-launcher.js';
import { buildServer } from './build-server.js';
import { superviseWorkers } from './supervise-workers.js';
import { WorkerLink } from './worker-link.js';

/**
 * Longest `close` waits for requests accepted before it began; then their connections are cut. Below
 * Kubernetes' default grace period of 30 s, so the flush still runs before a SIGKILL.
 */
const DRAIN_TIMEOUT_MS = 20_000;

/**
 * Builds, loads and starts the server: models are loaded before it listens, so the first request
 * finds them; the store is then polled for alias changes. `close` drains in this order: /ready
 * answers 503 `draining` and new requests are refused with SERVER_DRAINING while the listener stays
 * open (so probes and load balancers can see it), requests accepted before are answered, then the
 * listener closes and the prediction log is flushed.
 */
export const startServer: ServerLauncher = async (workspace, options): Promise<RunningServer> => {
  if (options.workers > 1 && cluster.isPrimary) return superviseWorkers(options);
  const worker = WorkerLink.ofThisProcess();
  // Scheduled jobs run once per server: in its first worker.
  const server = await buildServer(
    workspace,
    worker !== undefined && worker.index !== 0 ? { ...options, scheduler: false } : options,
    worker,
  );
  const { app, context } = server;
  await context.host
    .refreshAll()
    .catch((error: Error) => app.log.error({ err: error }, 'initial model load failed'));
  // Requests whose headers arrived, by response: what the drain waits for.
  const inFlight = new Set<ServerResponse>();
  app.server.on('request', (_request, response: ServerResponse) => {
    // During the drain every answer tells the client to reconnect, and so to go elsewhere.
    // Fastify's own listener runs first and may already have answered (a 503 while closing).
    if (context.state.draining && !response.headersSent) response.setHeader('connection', 'close');
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
  });
  try {
    if (options.scheduler) {
      await context.loop
        .refreshJobs()
        .catch((error: Error) => app.log.error({ err: error }, 'defining scheduled jobs failed'));
      await context.loop.scheduler.start();
    }
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    await context.loop.stop();
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL')
      throw new SextantError(
        'INVALID_ARGUMENT',
        `cannot listen on ${options.host}:${options.port}: ${code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'permission denied' : 'no such address on this machine'}`,
        { host: options.host, port: options.port },
      );
    throw error;
  }
  context.host.startPolling(options.pollIntervalMs, (error) =>
    app.log.warn({ err: error }, 'checking the registry for alias changes failed; retrying at the next poll'),
  );
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  const url = `http://${shownHost}:${port}`;
  worker?.ready(url);
  return {
    url,
    ...(worker ? { announce: false } : {}),
    close: () => {
      closing ??= (async () => {
        context.state.draining = true;
        context.host.stopPolling();
        const accepted = [...inFlight].map(
          (response) => new Promise<void>((resolve) => response.once('close', () => resolve())),
        );
        const drained = await settlesWithin(Promise.all(accepted), DRAIN_TIMEOUT_MS);
        const closed = app.close();
        if (!drained) {
          app.log.warn(
            `requests still open after ${DRAIN_TIMEOUT_MS} ms of draining; closing their connections`,
          );
          app.server.closeAllConnections();
        }
        await closed;
        // Scheduled jobs finish (or are left to another instance) before the log's last flush.
        await context.loop.stop();
        await context.queue.flush();
        if (context.queue.depth > 0)
          app.log.error(
            { pending: context.queue.depth },
            'the prediction log could not be flushed before shutdown; these predictions are not logged',
          );
      })();
      return closing;
    },
  };
};

/** True when `work` settled within `ms`, false when the time ran out first. */
async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
