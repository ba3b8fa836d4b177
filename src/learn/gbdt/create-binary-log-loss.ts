import type { GbdtLoss } from './gbdt-loss.js';
import { logLossGradients } from './log-loss-gradients.js';

/**
 * Binary log loss on log-odds raw scores, labels 0 / 1. The baseline is log(p / (1 - p)) of the
 * positive share, the gradient p - y and the hessian p (1 - p), with p = sigmoid(raw).
 */
export function createBinaryLogLoss(): GbdtLoss {
  return {
    name: 'log_loss',
    nTreesPerIteration: 1,
    baseline(y) {
      let positives = 0;
      for (let i = 0; i < y.length; i++) positives += y[i]!;
      // Clipped so that a single-class training set gives a large but finite score.
      const p = Math.min(Math.max(positives / y.length, 1e-15), 1 - 1e-15);
      return Float64Array.of(Math.log(p / (1 - p)));
    },
    gradients: logLossGradients,
    loss(y, raw) {
      let sum = 0;
      for (let i = 0; i < y.length; i++) {
        const r = raw[i]!;
        // log(1 + e^r) - y r, written so that large |r| neither overflows nor loses precision.
        sum += Math.max(r, 0) + Math.log1p(Math.exp(-Math.abs(r))) - y[i]! * r;
      }
      return sum / y.length;
    },
  };
}
