import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PredictionRecord } from '../core/entities/prediction-record.js';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { createSqliteStore } from '../store/index.js';
import { tempFolder } from '../test-support/temp-files.js';
import { PredictionLogQueue, type PredictionLogQueueOptions } from './prediction-log-queue.js';

const { dir } = tempFolder('sextant-log-queue-');
const path = join(dir, 'sextant.db');
let store: MetadataStore;
let modelCounter = 0;

beforeAll(async () => {
  store = await createSqliteStore(path);
});
afterAll(async () => {
  await store.close();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A fresh model name per test, so counts in the shared database are the test's own. */
const freshModel = () => `model-${++modelCounter}`;

function records(model: string, count: number, from = 0): PredictionRecord[] {
  return Array.from({ length: count }, (_, k) => ({
    requestId: `${model}-req-${from + k}`,
    modelName: model,
    version: 1,
    inputs: { title: `ticket ${from + k}`, amount: from + k },
    output: { label: (from + k) % 2 === 0 ? 'urgent' : 'normal' },
    latencyMs: 0.25,
    at: new Date('2026-11-23T10:00:00Z'),
  }));
}

/**
 * A writer in front of the real store that records every batch it is handed and fails as told:
 * `failures` times before the write (nothing lands), or after it (the write landed, the caller hears
 * an error, as when a connection drops before the commit is acknowledged).
 */
function writer(target: () => MetadataStore, fail: { before?: number; after?: number } = {}) {
  const batches: number[] = [];
  let before = fail.before ?? 0;
  let after = fail.after ?? 0;
  let settled = 0;
  const waiters: { count: number; wake: () => void }[] = [];
  const settle = () => {
    settled++;
    for (const w of waiters.filter((x) => x.count <= settled)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.wake();
    }
  };
  const write = async (batch: readonly PredictionRecord[]) => {
    batches.push(batch.length);
    try {
      if (before > 0) {
        before--;
        throw new Error('database unavailable');
      }
      const written = await target().predictions.logPredictions(batch);
      if (after > 0) {
        after--;
        throw new Error('connection lost before the commit was acknowledged');
      }
      return written;
    } finally {
      settle();
    }
  };
  /**
   * Resolves once `count` writes (successful or failed) have finished and the queue has handled their
   * outcome: one macrotask later, after the promise callbacks that re-queue or continue.
   */
  const settledWrites = async (count: number) => {
    await new Promise<void>((wake) => (settled >= count ? wake() : waiters.push({ count, wake })));
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { write, batches, settledWrites };
}

function queueOn(
  write: PredictionLogQueueOptions['write'],
  options: Partial<PredictionLogQueueOptions> & { drops?: number[]; errors?: Error[] } = {},
) {
  const drops = options.drops ?? [];
  const errors = options.errors ?? [];
  return new PredictionLogQueue({
    capacity: 1000,
    batchSize: 50,
    flushIntervalMs: 100,
    write,
    onDrop: (count) => drops.push(count),
    onFlushError: (error) => errors.push(error),
    ...options,
  });
}

describe('PredictionLogQueue on a real SQLite store', () => {
  it('starts a write as soon as a batch is full and splits a backlog into batches of batchSize', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const model = freshModel();
    const w = writer(() => store);
    const queue = queueOn(w.write, { batchSize: 50, flushIntervalMs: 60_000 });
    const all = records(model, 120);
    for (const r of all.slice(0, 49)) queue.push([r]);
    expect(w.batches).toEqual([]);
    expect(queue.depth).toBe(49);
    queue.push([all[49] as PredictionRecord]);
    // The 50th record fills the batch: the write starts inside push, no timer involved.
    expect(w.batches).toEqual([50]);
    for (const r of all.slice(50)) queue.push([r]);
    await w.settledWrites(3);
    expect(w.batches).toEqual([50, 50, 20]);
    expect(queue.depth).toBe(0);
    expect(await store.predictions.countPredictions(model)).toBe(120);
    for (const r of all)
      expect((await store.predictions.findPrediction(r.requestId))?.output).toEqual(r.output);
  });

  it('writes a partial batch once flushIntervalMs has passed since the first record waited', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const model = freshModel();
    const w = writer(() => store);
    const queue = queueOn(w.write, { batchSize: 50, flushIntervalMs: 100 });
    queue.push(records(model, 2));
    await vi.advanceTimersByTimeAsync(60);
    queue.push(records(model, 1, 2));
    await vi.advanceTimersByTimeAsync(39);
    expect(w.batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.batches).toEqual([3]);
    await w.settledWrites(1);
    expect(queue.depth).toBe(0);
    expect(await store.predictions.countPredictions(model)).toBe(3);
  });

  it('never blocks or throws at capacity: it drops the overflow, counts it and reports it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const model = freshModel();
    const drops: number[] = [];
    const w = writer(() => store);
    const queue = queueOn(w.write, { capacity: 10, batchSize: 100, flushIntervalMs: 60_000, drops });
    const all = records(model, 15);
    expect(queue.push(all.slice(0, 8))).toBeUndefined();
    queue.push(all.slice(8, 13));
    queue.push(all.slice(13, 15));
    expect(queue.depth).toBe(10);
    expect(queue.dropped).toBe(5);
    expect(drops).toEqual([3, 2]);
    await queue.flush();
    expect(await store.predictions.countPredictions(model)).toBe(10);
    // The oldest records are kept; what arrived once the queue was full is what was dropped.
    for (const r of all.slice(0, 10))
      expect(await store.predictions.findPrediction(r.requestId)).toBeDefined();
    for (const r of all.slice(10))
      expect(await store.predictions.findPrediction(r.requestId)).toBeUndefined();
  });

  it('keeps a failed batch and retries it at the next interval until the writer recovers, losing nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const model = freshModel();
    const errors: Error[] = [];
    const drops: number[] = [];
    const w = writer(() => store, { before: 3 });
    const queue = queueOn(w.write, { batchSize: 10, flushIntervalMs: 100, errors, drops });
    queue.push(records(model, 5));
    await vi.advanceTimersByTimeAsync(100);
    await w.settledWrites(1);
    expect(errors.map((e) => e.message)).toEqual(['database unavailable']);
    expect(queue.depth).toBe(5);
    // Records accepted while the database is down wait behind the failed batch.
    queue.push(records(model, 3, 5));
    for (let attempt = 2; attempt <= 4; attempt++) {
      expect(w.batches).toHaveLength(attempt - 1);
      await vi.advanceTimersByTimeAsync(100);
      await w.settledWrites(attempt);
    }
    expect(errors).toHaveLength(3);
    expect(w.batches).toEqual([5, 8, 8, 8]);
    expect(queue.depth).toBe(0);
    expect(drops).toEqual([]);
    expect(await store.predictions.countPredictions(model)).toBe(8);
  });

  it('lets flush() return while the database stays down, and writes everything once it is back', async () => {
    const model = freshModel();
    const errors: Error[] = [];
    const broken = await createSqliteStore(join(dir, 'down.db'));
    await broken.close();
    let target = broken;
    const w = writer(() => target);
    const queue = queueOn(w.write, { batchSize: 4, flushIntervalMs: 5, errors });
    queue.push(records(model, 10));
    await queue.flush();
    expect(errors.length).toBeGreaterThan(0);
    expect(queue.depth).toBe(10);
    expect(queue.dropped).toBe(0);
    // The database comes back (another connection to the same file): the backlog goes in.
    target = store;
    await queue.flush();
    expect(queue.depth).toBe(0);
    expect(await store.predictions.countPredictions(model)).toBe(10);
  });

  it('makes a retry after a write that did land harmless: no duplicate rows, the first copy kept', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const model = freshModel();
    const errors: Error[] = [];
    const w = writer(() => store, { after: 1 });
    const queue = queueOn(w.write, { batchSize: 6, flushIntervalMs: 100, errors });
    const first = records(model, 6);
    queue.push(first);
    await w.settledWrites(1);
    expect(errors).toHaveLength(1);
    expect(queue.depth).toBe(6);
    expect(await store.predictions.countPredictions(model)).toBe(6);
    queue.push(records(model, 2, 6));
    await queue.flush();
    expect(w.batches).toEqual([6, 6, 2]);
    expect(queue.depth).toBe(0);
    expect(await store.predictions.countPredictions(model)).toBe(8);
    expect(await store.predictions.findPrediction(first[0]!.requestId)).toEqual(first[0]);
  });

  it('flush() waits for a write already in flight before it resolves', async () => {
    const model = freshModel();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queue = queueOn(
      async (batch) => {
        await gate;
        return store.predictions.logPredictions(batch);
      },
      { batchSize: 3 },
    );
    queue.push(records(model, 3));
    let flushed = false;
    const flushing = queue.flush().then(() => {
      flushed = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(flushed).toBe(false);
    release();
    await flushing;
    expect(await store.predictions.countPredictions(model)).toBe(3);
  });
});
