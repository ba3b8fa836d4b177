import type { TRAINING_CONTROL } from './training-control.js';

/**
 * Every array training works on, shared between the training thread and the worker threads (on
 * SharedArrayBuffers when there are workers). Row arrays hold the training rows only; scores,
 * gradients and hessians are class-major (`nScores` blocks of `nRows`).
 */
export interface TrainingMemory {
  readonly nRows: number;
  readonly nCols: number;
  /** Raw scores per row: trees per iteration. */
  readonly nScores: number;
  /** Binned features, column-major (`binFeatures`). */
  readonly bins: Uint8Array;
  /** Row indices, partitioned node by node; `scratch` is the partition's spare room. */
  readonly rows: Uint32Array;
  readonly scratch: Uint32Array;
  readonly y: Float64Array;
  readonly raw: Float64Array;
  readonly grad: Float64Array;
  readonly hess: Float64Array;
  /** Histograms (nCols * 768 Float64 each); the first `partOffsets.length` are per-part scratch. */
  readonly arena: Float64Array;
  /** Float64 offsets in the arena of the scratch histograms of parts 1, 2, ... */
  readonly partOffsets: readonly number[];
  /** Each leaf's row positions and value, for `addLeafValues`. */
  readonly leafStart: Int32Array;
  readonly leafEnd: Int32Array;
  readonly leafValue: Float64Array;
  /** The job being run (`TRAINING_CONTROL`), and one result per part (loss sums, left counts). */
  readonly control: Int32Array;
  readonly results: Float64Array;
  readonly layout: typeof TRAINING_CONTROL;
}
