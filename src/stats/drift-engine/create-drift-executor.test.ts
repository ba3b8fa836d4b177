import { describe, expect, it } from 'vitest';
import { createDriftExecutor } from './create-drift-executor.js';
import { defaultDriftStatisticCatalog } from './default-drift-statistic-catalog.js';
import { runNumericColumnTask } from './numeric-column-task.js';
import { resolveDriftWorker } from './resolve-drift-worker.js';

const task = () => ({
  reference: Float64Array.from({ length: 5000 }, (_, i) => (i * 37) % 5000),
  referenceSorted: false,
  current: Float64Array.from({ length: 4000 }, (_, i) => ((i * 53) % 4000) + 300),
  test: { name: 'ks', options: {} },
  bins: 10,
  keepReference: 100,
});

describe('createDriftExecutor', () => {
  it('runs tasks on worker threads (TypeScript source through tsx here) with in-process results', async () => {
    expect(resolveDriftWorker()?.via).toBe('tsx');
    const executor = await createDriftExecutor({ threads: 2 });
    try {
      expect(executor).toMatchObject({ mode: 'workers', concurrency: 2 });
      const sent = task();
      const results = await Promise.all([
        executor.run(sent, [sent.reference.buffer, sent.current.buffer]),
        executor.run(task()),
      ]);
      expect(sent.reference.byteLength).toBe(0); // transferred, not copied
      const expected = runNumericColumnTask(task(), defaultDriftStatisticCatalog);
      for (const result of results) {
        expect(result.measurement).toEqual(expected.measurement);
        expect(result.histogram).toEqual(expected.histogram);
        expect(Array.from(result.reference!)).toEqual(Array.from(expected.reference!));
      }
    } finally {
      await executor.close();
    }
  });

  it('computes in process with 0 threads, no worker entry, or a worker that cannot start', async () => {
    for (const options of [
      { threads: 0 },
      { entry: null },
      { entry: { filename: 'throw new Error("no")', eval: true, via: 'compiled' as const } },
    ]) {
      const executor = await createDriftExecutor({ threads: 2, ...options });
      expect(executor.mode).toBe('in-process');
      expect((await executor.run(task())).measurement?.statistic).toBeGreaterThan(0);
      await executor.close();
    }
  });

  it('rejects the task of a worker that dies, and later tasks run in process', async () => {
    const dying = `const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ ready: true }); parentPort.on('message', () => process.exit(3));`;
    const executor = await createDriftExecutor({
      threads: 1,
      entry: { filename: dying, eval: true, via: 'compiled' },
    });
    expect(executor.mode).toBe('workers');
    await expect(executor.run(task())).rejects.toThrow(/exited \(code 3\)/);
    expect((await executor.run(task())).measurement?.statistic).toBeGreaterThan(0);
    await executor.close();
  });
});
