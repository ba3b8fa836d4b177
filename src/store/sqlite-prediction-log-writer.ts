import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { PredictionRecord } from '../core/entities/prediction-record.js';
import type { PredictionLogWriter } from '../core/ports/prediction-log-writer.js';
import { SextantError } from '../core/sextant-error.js';

/**
 * The worker's code, run with `eval: true` so it needs no separate file in dist/ or under tsx. It
 * opens its own connection to the same SQLite file (WAL lets it write beside the main connection,
 * the busy timeout serialises writers) and inserts each batch in one transaction with one prepared
 * statement, the way SqlPredictionRepository.logPredictions stores rows.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.path);
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = ' + workerData.busyTimeoutMs);
db.pragma('synchronous = NORMAL');
const insert = db.prepare(
  'insert into predictions (request_id, model_name, version, inputs_json, output_json, latency_ms, at) ' +
  'values (?, ?, ?, ?, ?, ?, ?) on conflict (request_id) do nothing');
const writeAll = db.transaction((rows) => {
  let inserted = 0;
  for (const r of rows)
    inserted += insert.run(r[0], r[1], r[2], JSON.stringify(r[3]), JSON.stringify(r[4] === undefined ? null : r[4]), r[5], r[6]).changes;
  return inserted;
});
parentPort.on('message', (message) => {
  if (message.close) { db.close(); parentPort.postMessage({ closed: true }); return; }
  try { parentPort.postMessage({ id: message.id, inserted: writeAll(JSON.parse(message.json)) }); }
  catch (error) { parentPort.postMessage({ id: message.id, error: String((error && error.message) || error) }); }
});
`;

const BUSY_TIMEOUT_MS = 5000;

/**
 * Writes prediction-log batches on a worker thread with its own SQLite connection, so the server's
 * event loop only serialises a batch to one JSON string and never waits on the disk.
 */
export class SqlitePredictionLogWriter implements PredictionLogWriter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (n: number) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private closing: Promise<void> | undefined;
  private failure: Error | undefined;

  constructor(path: string) {
    const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path, driverPath, busyTimeoutMs: BUSY_TIMEOUT_MS },
    });
    this.worker.unref();
    this.worker.on('message', (message: { id?: number; inserted?: number; error?: string }) => {
      if (message.id === undefined) return;
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined)
        waiting?.reject(
          new SextantError('DATABASE_UNAVAILABLE', `prediction log write failed: ${message.error}`),
        );
      else waiting?.resolve(message.inserted ?? 0);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      if (this.closing === undefined) this.fail(new Error(`prediction log writer exited with code ${code}`));
    });
  }

  write(batch: readonly PredictionRecord[]): Promise<number> {
    if (this.failure !== undefined || this.closing !== undefined)
      return Promise.reject(
        new SextantError(
          'DATABASE_UNAVAILABLE',
          `the prediction log writer is ${this.failure ? `down: ${this.failure.message}` : 'closed'}`,
        ),
      );
    const id = this.nextId++;
    const rows = batch.map((r) => [
      r.requestId,
      r.modelName,
      r.version,
      r.inputs,
      r.output,
      r.latencyMs,
      r.at.getTime(),
    ]);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, json: JSON.stringify(rows) });
    });
  }

  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      if (this.failure !== undefined) {
        resolve();
        return;
      }
      // Messages are handled in order, so every write posted before this one has finished by then.
      this.worker.on('message', (message: { closed?: boolean }) => {
        if (message.closed)
          this.worker.terminate().then(
            () => resolve(),
            () => resolve(),
          );
      });
      this.worker.postMessage({ close: true });
    });
    return this.closing;
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const waiting of this.pending.values())
      waiting.reject(
        new SextantError('DATABASE_UNAVAILABLE', `prediction log writer failed: ${error.message}`),
      );
    this.pending.clear();
  }
}
