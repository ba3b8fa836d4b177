import { addBinnedPredictions } from './add-binned-predictions.js';
import type { GbdtLoss } from './gbdt-loss.js';
import type { GbdtProgress } from './gbdt-options.js';
import type { GbdtTree } from './gbdt-tree.js';
import { shouldStopEarly } from './should-stop-early.js';
import type { TrainingThreads } from './training-threads.js';
import type { TreeGrower } from './tree-grower.js';

/** Everything the boosting loop works on, prepared by `trainGbdt`. */
export interface BoostingInput {
  readonly loss: GbdtLoss;
  /** Training rows, targets and raw scores (at their baseline) live in `threads.memory`. */
  readonly threads: TrainingThreads;
  readonly grower: TreeGrower;
  /** The held-out rows, binned, when early stopping is on; `raw` class-major, at the baseline. */
  readonly validation:
    | { readonly y: Float64Array; readonly raw: Float64Array; readonly bins: Uint8Array }
    | undefined;
  readonly maxIter: number;
  readonly nIterNoChange: number;
  readonly tol: number;
  readonly onProgress: ((progress: GbdtProgress) => void) | undefined;
}

/** The trees, in iteration-major order, and the loss curves. */
export interface BoostingOutcome {
  readonly trees: GbdtTree[];
  readonly trainLoss: number[];
  readonly validationLoss: number[];
  readonly stoppedEarly: boolean;
}

/**
 * The boosting loop: per iteration, gradients at the current raw scores, one tree per raw score, the
 * validation loss, and scikit-learn's early-stopping rule.
 *
 * The training loss is computed only for `onProgress` (it costs a logarithm per row: 10 % of
 * training). The loss after iteration t comes out of iteration t + 1's gradient pass, so progress for
 * t is reported right after that pass (one tree later, invisible on a progress bar) and a separate
 * loss pass is saved every iteration.
 */
export function runBoosting(input: BoostingInput): BoostingOutcome {
  const { loss, threads, grower, validation, maxIter, onProgress } = input;
  const { y, raw, nRows } = threads.memory;
  const k = loss.nTreesPerIteration;
  const trees: GbdtTree[] = [];
  const trainLoss: number[] = [];
  const validationLoss = validation ? [loss.loss(validation.y, validation.raw)] : [];
  const track = onProgress !== undefined;
  const report = (iteration: number, lossAfter: number) => {
    trainLoss.push(lossAfter);
    onProgress?.({ iteration, maxIter, trainLoss: lossAfter, validationLoss: validationLoss[iteration] });
  };
  let stoppedEarly = false;
  let iteration = 0;
  while (iteration < maxIter) {
    const lossSum = threads.gradients(loss.gradients, track && iteration > 0);
    if (track && iteration > 0) report(iteration, lossSum / nRows);
    for (let s = 0; s < k; s++) {
      const grown = grower.grow(s);
      trees.push(grown.tree);
      if (validation) {
        const m = validation.y.length;
        const slot = validation.raw.subarray(s * m, (s + 1) * m);
        addBinnedPredictions(grown.tree, grown.binThreshold, validation.bins, m, slot);
      }
    }
    iteration++;
    if (validation) {
      validationLoss.push(loss.loss(validation.y, validation.raw));
      if (shouldStopEarly(validationLoss, input.nIterNoChange, input.tol)) {
        stoppedEarly = true;
        break;
      }
    }
  }
  if (track) report(iteration, loss.loss(y, raw));
  return { trees, trainLoss, validationLoss, stoppedEarly };
}
