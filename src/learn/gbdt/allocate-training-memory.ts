import { HISTOGRAM_LAYOUT } from './histogram-layout.js';
import { TRAINING_CONTROL } from './training-control.js';
import type { TrainingMemory } from './training-memory.js';

/**
 * Allocates {@link TrainingMemory} for `nRows` training rows, on SharedArrayBuffers when `shared`
 * (worker threads will read it), zeroed. `histograms` is how many node histograms can be alive at once.
 */
export function allocateTrainingMemory(
  nRows: number,
  nCols: number,
  nScores: number,
  histograms: number,
  maxLeaves: number,
  shared: boolean,
): TrainingMemory {
  const memory = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const stride = nCols * HISTOGRAM_LAYOUT.featureStride;
  return {
    nRows,
    nCols,
    nScores,
    bins: new Uint8Array(memory(nRows * nCols)),
    rows: new Uint32Array(memory(4 * nRows)),
    scratch: new Uint32Array(memory(4 * nRows)),
    y: new Float64Array(memory(8 * nRows)),
    raw: new Float64Array(memory(8 * nScores * nRows)),
    grad: new Float64Array(memory(8 * nScores * nRows)),
    hess: new Float64Array(memory(8 * nScores * nRows)),
    arena: new Float64Array(memory(8 * stride * (TRAINING_CONTROL.maxParts - 1 + histograms))),
    partOffsets: Array.from({ length: TRAINING_CONTROL.maxParts - 1 }, (_, p) => p * stride),
    leafStart: new Int32Array(memory(4 * maxLeaves)),
    leafEnd: new Int32Array(memory(4 * maxLeaves)),
    leafValue: new Float64Array(memory(8 * maxLeaves)),
    control: new Int32Array(memory(4 * TRAINING_CONTROL.size)),
    results: new Float64Array(memory(8 * TRAINING_CONTROL.maxParts)),
    layout: TRAINING_CONTROL,
  };
}
