/**
 * Entry of a drift worker thread: runs numeric column tasks posted by DriftWorkerPool, with the
 * default statistic catalog, and posts each result back with the task's buffers, transferred, not
 * copied, so that the main thread reuses them. It announces itself with `{ ready: true }` once its
 * modules are loaded.
 */
import { parentPort } from 'node:worker_threads';
import { defaultDriftStatisticCatalog } from './default-drift-statistic-catalog.js';
import { type NumericColumnTask, runNumericColumnTask } from './numeric-column-task.js';

const port = parentPort;
if (port !== null) {
  // The sort's second buffer, kept for the next column rather than left to the garbage collector.
  let scratch = new Float64Array(0);
  const lend = (length: number): Float64Array => {
    if (scratch.length < length) scratch = new Float64Array(length);
    return scratch;
  };
  port.on('message', (message: { id: number; task: NumericColumnTask }) => {
    const result = runNumericColumnTask(message.task, defaultDriftStatisticCatalog, lend);
    const kept = result.reference === undefined ? [] : [result.reference.buffer as ArrayBuffer];
    const { reference, current } = result.spent;
    const spent = [reference, current].filter((buffer) => buffer !== undefined);
    port.postMessage({ id: message.id, result }, [...kept, ...spent]);
  });
  port.postMessage({ ready: true });
}
