import type { addLeafValues } from './add-leaf-values.js';
import type { buildHistogram } from './build-histogram.js';
import type { GradientKernel } from './gradient-kernel.js';
import type { partitionRange } from './partition-range.js';

/**
 * The self-contained functions that training spreads over threads. The training thread passes the
 * imported functions; a worker passes the same functions rebuilt from their source text.
 * `gradients` is indexed by position in `GRADIENT_KERNELS`.
 */
export interface TrainingKernels {
  readonly buildHistogram: typeof buildHistogram;
  readonly partitionRange: typeof partitionRange;
  readonly addLeafValues: typeof addLeafValues;
  readonly gradients: readonly GradientKernel[];
}
