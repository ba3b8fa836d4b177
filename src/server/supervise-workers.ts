import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import { SextantError } from '../core/sextant-error.js';
import type { ServeOptions } from '../platform/serve-options.js';
import type { RunningServer } from '../platform/server-launcher.js';
import type { RawTraffic } from './request-stats.js';
import {
  METRICS_REQUEST,
  METRICS_RESPONSE,
  READY_MESSAGE,
  REFRESH_MESSAGE,
  TRAFFIC_REQUEST,
  TRAFFIC_RESPONSE,
  TRAFFIC_TAKE,
  TRAFFIC_TAKEN,
  WORKER_INDEX_ENV,
} from './worker-link.js';

/** Longest the primary waits for the workers' traffic; a worker that has not answered by then is left out. */
const TRAFFIC_TIMEOUT_MS = 4000;

/** Restarts of crashed workers allowed within a minute; beyond it the server runs on with fewer. */
const MAX_RESTARTS_PER_MINUTE = 5;

/**
 * The primary of `sextant serve --workers N`: forks N processes that each run the whole server
 * (models, fast path, prediction log writer) on one shared listening socket, which node:cluster hands
 * out connection by connection. The event loop is a server's limit (BENCHMARKS.md, Serving), and one
 * process uses one core; this is how a machine's other cores serve too.
 *
 * It resolves once every worker listens, and fails with SERVER_START_FAILED when one exits first
 * (its own error, a port in use say, is already on stderr). It relays a worker's "refresh" to the
 * others (an admin reload or a rollback is served by all at once, not at their next poll), sums
 * the workers' metrics for whichever worker a scrape reached, and gathers every worker's traffic for
 * the worker whose monitoring run judges it (error rate, latency, canaries). A worker that crashes later is
 * replaced. `close` sends every worker SIGTERM, so each drains as a single server does, and waits.
 */
export async function superviseWorkers(
  options: ServeOptions,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<RunningServer> {
  const aggregator = new AggregatorRegistry();
  const restarts: number[] = [];
  const live = new Set<Worker>();
  let stopping = false;
  let startedUp = false;
  let url = '';
  let started!: () => void;
  let failed!: (error: Error) => void;
  const allReady = new Promise<void>((resolve, reject) => {
    started = resolve;
    failed = reject;
  });
  const readyWorkers = new Set<Worker>();
  /** Traffic gatherings in progress, by the primary's own id. */
  const gatherings = new Map<number, { raws: RawTraffic[]; pending: number; finish: () => void }>();
  let nextGathering = 0;

  /** Takes a model's traffic from every worker and answers the one that asked with all of it. */
  const gatherTraffic = (asker: Worker, askerId: number | undefined, model: string): void => {
    const id = nextGathering++;
    const targets = [...live].filter((w) => w.isConnected());
    const gathering = {
      raws: [] as RawTraffic[],
      pending: targets.length,
      finish: () => {
        clearTimeout(timer);
        gatherings.delete(id);
        if (asker.isConnected()) asker.send({ type: TRAFFIC_RESPONSE, id: askerId, raws: gathering.raws });
      },
    };
    const timer = setTimeout(gathering.finish, TRAFFIC_TIMEOUT_MS);
    gatherings.set(id, gathering);
    for (const target of targets) target.send({ type: TRAFFIC_TAKE, id, model });
  };

  const fork = (index: number): void => {
    const worker = cluster.fork({ [WORKER_INDEX_ENV]: String(index) });
    live.add(worker);
    worker.on(
      'message',
      (message: { type?: string; url?: string; id?: number; model?: string; raw?: RawTraffic }) => {
        if (message?.type === READY_MESSAGE) {
          url = message.url ?? url;
          readyWorkers.add(worker);
          if (readyWorkers.size === options.workers) {
            startedUp = true;
            started();
          }
        } else if (message?.type === REFRESH_MESSAGE) {
          for (const other of live)
            if (other !== worker && other.isConnected()) other.send({ type: REFRESH_MESSAGE });
        } else if (message?.type === TRAFFIC_REQUEST && message.model !== undefined) {
          gatherTraffic(worker, message.id, message.model);
        } else if (message?.type === TRAFFIC_TAKEN && message.id !== undefined && message.raw !== undefined) {
          const gathering = gatherings.get(message.id);
          if (gathering !== undefined) {
            gathering.raws.push(message.raw);
            if (--gathering.pending === 0) gathering.finish();
          }
        } else if (message?.type === METRICS_REQUEST) {
          aggregator.clusterMetrics().then(
            (text) => worker.isConnected() && worker.send({ type: METRICS_RESPONSE, id: message.id, text }),
            () => worker.isConnected() && worker.send({ type: METRICS_RESPONSE, id: message.id }),
          );
        }
      },
    );
    worker.on('exit', (code, signal) => {
      live.delete(worker);
      readyWorkers.delete(worker);
      if (stopping) return;
      const how = signal ?? `code ${code}`;
      if (!startedUp) {
        failed(
          new SextantError(
            'SERVER_START_FAILED',
            `server worker ${index} exited (${how}) before it was listening`,
            {
              worker: index,
            },
          ),
        );
        return;
      }
      // The server stays up on the other workers meanwhile.
      const now = Date.now();
      while (restarts.length > 0 && (restarts[0] as number) < now - 60_000) restarts.shift();
      if (restarts.length >= MAX_RESTARTS_PER_MINUTE) {
        log(
          `server worker ${index} exited (${how}); not restarted: ${MAX_RESTARTS_PER_MINUTE} restarts within a minute`,
        );
        return;
      }
      restarts.push(now);
      log(`server worker ${index} exited (${how}); starting a new one`);
      fork(index);
    });
  };

  const stopAll = async (): Promise<void> => {
    stopping = true;
    const exits = [...live].map(
      (worker) => new Promise<void>((resolve) => worker.once('exit', () => resolve())),
    );
    for (const worker of live) worker.process.kill('SIGTERM');
    await Promise.all(exits);
  };

  for (let index = 0; index < options.workers; index++) fork(index);
  try {
    await allReady;
  } catch (error) {
    await stopAll();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    url,
    close: () => {
      closing ??= stopAll();
      return closing;
    },
  };
}
