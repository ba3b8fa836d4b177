import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';
import type { RawTraffic } from './request-stats.js';

/** Messages between `sextant serve --workers N`'s primary and its workers (node:cluster IPC). */
export const READY_MESSAGE = 'sextant:ready';
export const REFRESH_MESSAGE = 'sextant:refresh';
export const METRICS_REQUEST = 'sextant:metrics-request';
export const METRICS_RESPONSE = 'sextant:metrics-response';
/** A worker asks the primary for a model's traffic in every worker; the primary asks each, then answers. */
export const TRAFFIC_REQUEST = 'sextant:traffic-request';
export const TRAFFIC_TAKE = 'sextant:traffic-take';
export const TRAFFIC_TAKEN = 'sextant:traffic-taken';
export const TRAFFIC_RESPONSE = 'sextant:traffic-response';
/** The environment variable that gives each worker its index (0 runs the scheduler). */
export const WORKER_INDEX_ENV = 'SEXTANT_WORKER_INDEX';

/** Longest a worker waits for the primary's aggregated metrics (or traffic) before using its own. */
const METRICS_TIMEOUT_MS = 5000;

/**
 * A server worker's side of the cluster: it tells the primary when it listens, hears when another
 * worker changed what is served (an admin reload, a monitoring rollback), and asks the primary for
 * the metrics of all workers summed, so a scrape answered by any one of them sees the whole server.
 */
export class WorkerLink {
  private nextRequest = 0;
  private readonly waiting = new Map<number, (text: string | undefined) => void>();
  private readonly waitingTraffic = new Map<number, (raws: RawTraffic[] | undefined) => void>();
  private onRefresh: () => void = () => undefined;
  private takeTraffic: ((modelName: string) => RawTraffic) | undefined;

  private constructor(
    readonly index: number,
    private readonly send: (message: unknown) => void,
  ) {
    // Without its primary (killed, say) a worker drains and stops as on SIGTERM, instead of serving on alone.
    process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
    process.on(
      'message',
      (message: { type?: string; id?: number; text?: string; model?: string; raws?: RawTraffic[] }) => {
        if (message?.type === REFRESH_MESSAGE) this.onRefresh();
        else if (message?.type === METRICS_RESPONSE && message.id !== undefined) {
          this.waiting.get(message.id)?.(message.text);
          this.waiting.delete(message.id);
        } else if (message?.type === TRAFFIC_TAKE && message.model !== undefined && this.takeTraffic) {
          this.send({ type: TRAFFIC_TAKEN, id: message.id, raw: this.takeTraffic(message.model) });
        } else if (message?.type === TRAFFIC_RESPONSE && message.id !== undefined) {
          this.waitingTraffic.get(message.id)?.(message.raws);
          this.waitingTraffic.delete(message.id);
        }
      },
    );
  }

  /**
   * The link when this process is a worker of `sextant serve --workers N`, else undefined. A worker of
   * another cluster manager (PM2's cluster mode forks the app the same way) serves alone: its primary
   * would never answer a metrics request.
   */
  static ofThisProcess(): WorkerLink | undefined {
    const send = process.send?.bind(process);
    const index = process.env[WORKER_INDEX_ENV];
    if (!cluster.isWorker || send === undefined || index === undefined) return undefined;
    return new WorkerLink(Number(index), send);
  }

  /** Answers the primary's metric requests from `registry` (prom-client's cluster protocol). */
  shareMetrics(registry: Registry): void {
    // Constructing one adds prom-client's worker-side listener; the registries it reads are global.
    new AggregatorRegistry();
    AggregatorRegistry.setRegistries([registry]);
  }

  /** Hands this worker's traffic over when the primary gathers it for a monitoring run. */
  shareTraffic(take: (modelName: string) => RawTraffic): void {
    this.takeTraffic = take;
  }

  /**
   * `modelName`'s traffic in every worker (this one's included), each taken as a monitoring run
   * takes it; undefined when the primary does not answer in time (the caller then takes its own).
   */
  clusterTraffic(modelName: string): Promise<RawTraffic[] | undefined> {
    const id = this.nextRequest++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waitingTraffic.delete(id);
        resolve(undefined);
      }, METRICS_TIMEOUT_MS);
      this.waitingTraffic.set(id, (raws) => {
        clearTimeout(timer);
        resolve(raws);
      });
      this.send({ type: TRAFFIC_REQUEST, id, model: modelName });
    });
  }

  ready(url: string): void {
    this.send({ type: READY_MESSAGE, url });
  }

  /** Tells the other workers to check the registry now (this one already did). */
  broadcastRefresh(): void {
    this.send({ type: REFRESH_MESSAGE });
  }

  listenForRefresh(refresh: () => void): void {
    this.onRefresh = refresh;
  }

  /** Every worker's metrics summed by the primary; undefined when it does not answer in time. */
  clusterMetrics(): Promise<string | undefined> {
    const id = this.nextRequest++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve(undefined);
      }, METRICS_TIMEOUT_MS);
      this.waiting.set(id, (text) => {
        clearTimeout(timer);
        resolve(text);
      });
      this.send({ type: METRICS_REQUEST, id });
    });
  }
}
