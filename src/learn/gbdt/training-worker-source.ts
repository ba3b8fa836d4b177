import { addLeafValues } from './add-leaf-values.js';
import { buildHistogram } from './build-histogram.js';
import { GRADIENT_KERNELS } from './gradient-kernels.js';
import { partitionRange } from './partition-range.js';
import { runTrainingPart } from './run-training-part.js';

/**
 * Source of a training worker (CommonJS, for `new Worker(source, { eval: true, workerData })`).
 * It carries the compiled text of the kernels and of `runTrainingPart`, so that workers and the
 * training thread run the very same functions, whether the package runs from `dist/` or from
 * TypeScript sources under tsx or Vitest. `workerData.memory` is the `TrainingMemory`, whose arrays
 * arrive as views of the same SharedArrayBuffers.
 *
 * The worker passes a self-test, reports ready, then waits for job generations; per job it claims
 * parts until none are left, counts them done, and wakes the training thread after the last one.
 */
export function trainingWorkerSource(): string {
  const source = (f: (...args: never[]) => unknown) => `(${f.toString()})`;
  return `'use strict';
const { workerData } = require('node:worker_threads');
// Transpilers that keep function names may call __name; it is harmless to provide.
var __name = (target) => target;
const kernels = {
  buildHistogram: ${source(buildHistogram)},
  partitionRange: ${source(partitionRange)},
  addLeafValues: ${source(addLeafValues)},
  gradients: [${GRADIENT_KERNELS.map(source).join(', ')}],
};
const runTrainingPart = ${source(runTrainingPart)};
const memory = workerData.memory;
const control = memory.control;
const slots = memory.layout.slots;
try {
  const probe = new Float64Array(768);
  kernels.buildHistogram(new Uint8Array([0, 2, 2]), 3, 1, null, 0, 3, new Float64Array([1, 2, 3]), new Float64Array([4, 5, 6]), 0, probe, 0);
  if (probe[0] !== 1 || probe[6] !== 5 || probe[7] !== 11 || probe[8] !== 2) throw new Error('self-test failed');
  Atomics.add(control, slots.ready, 1);
  Atomics.notify(control, slots.ready);
  let seen = 0;
  for (;;) {
    Atomics.wait(control, slots.generation, seen);
    const generation = Atomics.load(control, slots.generation);
    if (generation < 0) break;
    seen = generation;
    for (;;) {
      const part = Atomics.add(control, slots.claim, 1);
      const parts = Atomics.load(control, slots.parts);
      if (part >= parts) break;
      runTrainingPart(kernels, memory, part);
      if (Atomics.add(control, slots.done, 1) + 1 === parts) Atomics.notify(control, slots.done);
    }
  }
} catch (error) {
  Atomics.add(control, slots.ready, -1000);
  Atomics.notify(control, slots.ready);
}
`;
}
