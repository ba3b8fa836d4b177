import type { GbdtLoss } from './gbdt-loss.js';
import { squaredErrorGradients } from './squared-error-gradients.js';

/**
 * Half squared error for regression: the baseline is the mean target, the gradient raw - y and the
 * hessian 1, so each leaf value is the (shrunk, L2-damped) mean residual of its rows.
 */
export function createSquaredErrorLoss(): GbdtLoss {
  return {
    name: 'squared_error',
    nTreesPerIteration: 1,
    baseline(y) {
      let sum = 0;
      for (let i = 0; i < y.length; i++) sum += y[i]!;
      return Float64Array.of(sum / y.length);
    },
    gradients: squaredErrorGradients,
    loss(y, raw) {
      let sum = 0;
      for (let i = 0; i < y.length; i++) {
        const d = raw[i]! - y[i]!;
        sum += d * d;
      }
      return (0.5 * sum) / y.length;
    },
  };
}
