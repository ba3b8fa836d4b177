import { Worker } from 'node:worker_threads';
import type { NumericColumnTask, NumericColumnTaskResult } from './numeric-column-task.js';
import type { DriftWorkerEntry } from './resolve-drift-worker.js';

interface Job {
  readonly id: number;
  readonly task: NumericColumnTask;
  readonly transfer: ArrayBuffer[];
  readonly resolve: (result: NumericColumnTaskResult) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  job?: Job;
}

/**
 * A small pool of drift worker threads, each running one numeric column task at a time; tasks
 * queue in order. Arrays in `transfer` move to the worker without a copy. A worker that dies
 * rejects its task and leaves the pool; when none is left, queued and later tasks reject too.
 */
export class DriftWorkerPool {
  private readonly queue: Job[] = [];
  private nextId = 0;

  private constructor(private readonly slots: Slot[]) {
    for (const slot of slots) this.watch(slot);
  }

  /**
   * Starts `size` workers from `entry` and waits until each has loaded; undefined (and nothing left
   * running) when any fails to start within `timeoutMs`.
   */
  static async start(
    entry: DriftWorkerEntry,
    size: number,
    timeoutMs = 30_000,
  ): Promise<DriftWorkerPool | undefined> {
    const workers = Array.from({ length: size }, () => new Worker(entry.filename, { eval: entry.eval }));
    const ready = workers.map(
      (worker) =>
        new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), timeoutMs);
          const done = (ok: boolean) => {
            clearTimeout(timer);
            worker.off('error', failed);
            worker.off('exit', failed);
            resolve(ok);
          };
          const failed = () => done(false);
          worker.once('message', (message: { ready?: boolean }) => done(message.ready === true));
          worker.once('error', failed);
          worker.once('exit', failed);
        }),
    );
    if ((await Promise.all(ready)).every(Boolean))
      return new DriftWorkerPool(workers.map((worker) => ({ worker })));
    await Promise.all(workers.map((worker) => worker.terminate()));
    return undefined;
  }

  /** Workers still alive. */
  get size(): number {
    return this.slots.length;
  }

  /** Runs `task` on the next free worker. */
  run(task: NumericColumnTask, transfer: ArrayBuffer[] = []): Promise<NumericColumnTaskResult> {
    return new Promise((resolve, reject) => {
      if (this.slots.length === 0) {
        reject(new Error('no drift worker is running'));
        return;
      }
      this.queue.push({ id: this.nextId++, task, transfer, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued tasks reject. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const job of this.queue.splice(0)) job.reject(new Error('the drift worker pool was closed'));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job !== undefined) continue;
      const job = this.queue.shift();
      if (job === undefined) return;
      slot.job = job;
      slot.worker.postMessage({ id: job.id, task: job.task }, job.transfer);
    }
  }

  private watch(slot: Slot): void {
    slot.worker.on('message', (message: { id: number; result: NumericColumnTaskResult }) => {
      const job = slot.job;
      if (job === undefined || job.id !== message.id) return;
      slot.job = undefined;
      job.resolve(message.result);
      this.dispatch();
    });
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      slot.job?.reject(error);
      slot.job = undefined;
      if (this.slots.length === 0) for (const job of this.queue.splice(0)) job.reject(error);
    };
    slot.worker.on('error', (error) => lost(error));
    slot.worker.on('exit', (code) => lost(new Error(`a drift worker exited (code ${code})`)));
  }
}
