import type { PredictionRecord } from '../core/entities/prediction-record.js';

export interface PredictionLogQueueOptions {
  /** Records held at most; beyond it new records are dropped and counted. */
  readonly capacity: number;
  /** Records written per transaction. */
  readonly batchSize: number;
  /** Longest a record waits before a flush starts. */
  readonly flushIntervalMs: number;
  /** Writes one batch in one transaction (PredictionRepository.logPredictions). */
  readonly write: (batch: readonly PredictionRecord[]) => Promise<unknown>;
  readonly onDrop: (count: number) => void;
  readonly onFlushError: (error: Error) => void;
}

/**
 * The prediction log between the request path and the database: `push` never waits and never fails a
 * request; a background flush writes batches, one transaction each. When the database is slow or down
 * the queue fills to its capacity, then drops (counted) instead of growing without bound. A failed batch
 * goes back to the front and is retried; the store ignores request ids it already has, so a retry after
 * a write that did land is harmless.
 */
export class PredictionLogQueue {
  private pending: PredictionRecord[] = [];
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private droppedTotal = 0;

  constructor(private readonly options: PredictionLogQueueOptions) {}

  get depth(): number {
    return this.pending.length;
  }

  get dropped(): number {
    return this.droppedTotal;
  }

  push(records: readonly PredictionRecord[]): void {
    const room = this.options.capacity - this.pending.length;
    const accepted = room >= records.length ? records : records.slice(0, Math.max(0, room));
    for (const record of accepted) this.pending.push(record);
    const lost = records.length - accepted.length;
    if (lost > 0) {
      this.droppedTotal += lost;
      this.options.onDrop(lost);
    }
    if (this.pending.length >= this.options.batchSize) this.kick();
    else if (this.timer === undefined && this.pending.length > 0) {
      this.timer = setTimeout(() => this.kick(), this.options.flushIntervalMs);
      this.timer.unref();
    }
  }

  /** Writes everything pending; resolves when the queue is empty or a write failed. */
  async flush(): Promise<void> {
    while (this.pending.length > 0 || this.flushing !== undefined) {
      if (this.flushing === undefined) this.kick();
      const before = this.pending.length;
      await this.flushing;
      // A failing store must not turn shutdown into an endless loop.
      if (this.pending.length >= before && this.flushing === undefined && before > 0) return;
    }
  }

  private kick(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.flushing !== undefined || this.pending.length === 0) return;
    this.flushing = this.drain().finally(() => {
      this.flushing = undefined;
      if (this.pending.length > 0 && this.timer === undefined) {
        this.timer = setTimeout(() => this.kick(), this.options.flushIntervalMs);
        this.timer.unref();
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.options.batchSize);
      try {
        await this.options.write(batch);
      } catch (error) {
        this.pending = batch.concat(this.pending);
        // Retried records may push the queue over capacity; the newest beyond it are the ones dropped.
        const over = this.pending.length - this.options.capacity;
        if (over > 0) {
          this.pending.splice(this.options.capacity);
          this.droppedTotal += over;
          this.options.onDrop(over);
        }
        this.options.onFlushError(error as Error);
        return;
      }
    }
  }
}
