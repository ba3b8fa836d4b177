import type { RequestIdGenerator } from '../core/request-id-generator.js';
import type { LoopServices } from '../platform/create-loop.js';
import type { ServeOptions } from '../platform/serve-options.js';
import type { Workspace } from '../platform/workspace.js';
import type { ModelHost } from './model-host.js';
import type { PredictionLogQueue } from './prediction-log-queue.js';
import type { RequestStatsCollector } from './request-stats.js';
import type { ServerMetrics } from './server-metrics.js';
import type { WorkerLink } from './worker-link.js';

/** What every route module receives: the workspace and the server's own long-lived parts. */
export interface ServerContext {
  readonly workspace: Workspace;
  readonly options: ServeOptions;
  readonly host: ModelHost;
  readonly queue: PredictionLogQueue;
  readonly metrics: ServerMetrics;
  /** Monitoring, retraining and their scheduler. */
  readonly loop: LoopServices;
  readonly requestStats: RequestStatsCollector;
  /** Time-ordered (UUIDv7) ids of predictions: the log's primary key grows at its right edge. */
  readonly requestIds: RequestIdGenerator;
  /** True once shutdown began: /ready answers 503 and new requests are refused. */
  readonly state: { draining: boolean };
  /** This process's link to the other workers of `serve --workers N`; undefined when it serves alone. */
  readonly worker?: WorkerLink;
}
