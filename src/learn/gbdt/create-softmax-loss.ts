import type { GbdtLoss } from './gbdt-loss.js';
import { softmaxGradients } from './softmax-gradients.js';

/**
 * Multiclass log loss on softmax raw scores, one tree per class per iteration. The baseline is the
 * log of each class prior (centred, which softmax ignores), the gradient p_k - [y = k] and the
 * hessian p_k (1 - p_k), the diagonal Newton step scikit-learn and LightGBM take.
 */
export function createSoftmaxLoss(nClasses: number): GbdtLoss {
  return {
    name: 'log_loss',
    nTreesPerIteration: nClasses,
    baseline(y) {
      const counts = new Float64Array(nClasses);
      for (let i = 0; i < y.length; i++) counts[y[i]!]!++;
      const out = new Float64Array(nClasses);
      let mean = 0;
      for (let k = 0; k < nClasses; k++) {
        out[k] = Math.log(Math.max(counts[k]! / y.length, 1e-15));
        mean += out[k]! / nClasses;
      }
      for (let k = 0; k < nClasses; k++) out[k]! -= mean;
      return out;
    },
    gradients: softmaxGradients,
    loss(y, raw) {
      const n = y.length;
      let sum = 0;
      for (let i = 0; i < n; i++) {
        let max = Number.NEGATIVE_INFINITY;
        for (let k = 0; k < nClasses; k++) max = Math.max(max, raw[k * n + i]!);
        let total = 0;
        for (let k = 0; k < nClasses; k++) total += Math.exp(raw[k * n + i]! - max);
        sum += max + Math.log(total) - raw[y[i]! * n + i]!;
      }
      return sum / n;
    },
  };
}
