/** What `sextant serve` is asked for; defaults live in {@link DEFAULT_SERVE_OPTIONS}. */
export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  /** Predict routes without a token. */
  readonly publicPredict: boolean;
  /** Registry and monitoring reads (and so the dashboard's data) without a token. */
  readonly publicRead: boolean;
  /** Most instances in one prediction request. */
  readonly maxBatch: number;
  /** Largest request body in bytes. */
  readonly bodyLimit: number;
  /** The model `POST /predict` serves; default: the only registered model. */
  readonly defaultModel?: string | undefined;
  /** The alias that serves a model's default route. */
  readonly alias: string;
  /** How often the server checks the store for alias changes. */
  readonly pollIntervalMs: number;
  /** Reject categories not seen in training instead of encoding them as "unknown". */
  readonly strictCategories: boolean;
  readonly logQueueCapacity: number;
  readonly logBatchSize: number;
  readonly logFlushIntervalMs: number;
  /** Run the scheduled monitoring and retraining jobs in this process. */
  readonly scheduler: boolean;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /**
   * Answer the common case of the prediction routes on node:http in front of Fastify (same answers,
   * about twice the throughput); false routes every request through Fastify.
   */
  readonly fastPath: boolean;
  /**
   * Server processes sharing the port (node:cluster): one is a whole server on one core; more let a
   * machine's other cores serve too. 1: this process serves, no cluster.
   */
  readonly workers: number;
}

export const DEFAULT_SERVE_OPTIONS: ServeOptions = {
  host: '127.0.0.1',
  port: 8080,
  publicPredict: false,
  publicRead: false,
  maxBatch: 1000,
  bodyLimit: 1024 * 1024,
  alias: 'production',
  pollIntervalMs: 5000,
  strictCategories: false,
  logQueueCapacity: 100_000,
  // Small batches: SQLite writes block the event loop, and 200 rows take about a millisecond.
  logBatchSize: 200,
  logFlushIntervalMs: 50,
  scheduler: true,
  logLevel: 'info',
  fastPath: true,
  workers: 1,
};
