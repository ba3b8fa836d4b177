import type { GradientKernel } from './gradient-kernel.js';

/**
 * A boosting objective: where the raw scores start, and the gradient and hessian of the loss with
 * respect to each raw score, from which every tree is fitted (Newton step per leaf: -G / (H + λ)).
 *
 * Raw scores, gradients and hessians are class-major: slot k of row i at `k * n + i`, so the tree of
 * class k reads one contiguous block. `y` holds class indices 0..K-1 or regression targets.
 */
export interface GbdtLoss {
  /** scikit-learn's name of the loss: 'log_loss' (binary or multiclass) or 'squared_error'. */
  readonly name: 'log_loss' | 'squared_error';
  /** Trees per boosting iteration: the number of classes for softmax, else 1. */
  readonly nTreesPerIteration: number;
  /** The constant raw score per slot that minimizes the loss before any tree. */
  baseline(y: Float64Array): Float64Array;
  /** Gradients and hessians at the current raw scores, and optionally the loss, over a range of rows. */
  readonly gradients: GradientKernel;
  /** Mean loss at the raw scores (half squared error for regression, as scikit-learn reports it). */
  loss(y: Float64Array, raw: Float64Array): number;
}
