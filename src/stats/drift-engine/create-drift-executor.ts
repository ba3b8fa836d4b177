import { availableParallelism } from 'node:os';
import { defaultDriftStatisticCatalog } from './default-drift-statistic-catalog.js';
import type { DriftStatisticCatalog } from './drift-statistic-catalog.js';
import { DriftWorkerPool } from './drift-worker-pool.js';
import {
  type NumericColumnTask,
  type NumericColumnTaskResult,
  runNumericColumnTask,
} from './numeric-column-task.js';
import { type DriftWorkerEntry, resolveDriftWorker } from './resolve-drift-worker.js';

/** Runs numeric column tasks, on worker threads or in process. */
export interface DriftExecutor {
  readonly mode: 'workers' | 'in-process';
  /** Tasks that can run at once. */
  readonly concurrency: number;
  /** Runs one task; the buffers in `transfer` move to a worker (they are unusable afterwards). */
  run(task: NumericColumnTask, transfer?: ArrayBuffer[]): Promise<NumericColumnTaskResult>;
  close(): Promise<void>;
}

/** Options of {@link createDriftExecutor}. */
export interface DriftExecutorOptions {
  /** Worker threads; default os.availableParallelism(); 0 computes in process. */
  readonly threads?: number;
  /** A catalog other than the default keeps computation in process (workers load the default). */
  readonly catalog?: DriftStatisticCatalog;
  /** Where the worker script is (default resolveDriftWorker()); null to have none. */
  readonly entry?: DriftWorkerEntry | null;
}

/**
 * A worker-thread executor sized to `threads` (default: the machine's available parallelism), or the
 * in-process one when threads is 0, a custom catalog is given, or the workers cannot start (no
 * compiled worker and no tsx): results are the same either way, only the wall time differs.
 *
 * @example const executor = await createDriftExecutor({ threads: 2 }); try { ... } finally { await executor.close(); }
 */
export async function createDriftExecutor(options: DriftExecutorOptions = {}): Promise<DriftExecutor> {
  const catalog = options.catalog ?? defaultDriftStatisticCatalog;
  const inProcess: DriftExecutor = {
    mode: 'in-process',
    concurrency: 1,
    run: (task) => new Promise((resolve) => setImmediate(() => resolve(runNumericColumnTask(task, catalog)))),
    close: async () => {},
  };
  const threads = Math.max(0, Math.floor(options.threads ?? availableParallelism()));
  if (threads === 0 || catalog !== defaultDriftStatisticCatalog) return inProcess;
  const entry = options.entry === undefined ? resolveDriftWorker() : options.entry;
  const pool =
    entry === null || entry === undefined ? undefined : await DriftWorkerPool.start(entry, threads);
  if (pool === undefined) return inProcess;
  return {
    mode: 'workers',
    concurrency: threads,
    run: (task, transfer = []) => (pool.size > 0 ? pool.run(task, transfer) : inProcess.run(task)),
    close: () => pool.close(),
  };
}
