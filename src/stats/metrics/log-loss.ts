import { SextantError } from '../../core/sextant-error.js';
import { assertMetricInput } from './assert-metric-input.js';
import { FLOAT64_EPSILON } from './float64-epsilon.js';

/**
 * Binary cross-entropy (mean negative log-likelihood) of probabilities of class 1, in nats. As
 * scikit-learn's `log_loss`: p is clipped to [ε, 1 − ε] (ε = float64 epsilon), the pair (1 − p, p)
 * is renormalized, and the loss averaged over samples.
 */
export function logLoss(yTrue: ArrayLike<number>, yProba: ArrayLike<number>): number {
  assertMetricInput('log_loss', yTrue, yProba);
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i];
    if (t !== 0 && t !== 1) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `log_loss: binary labels must be 0 or 1, found ${t} at ${i}`,
        {
          index: i,
        },
      );
    }
    const p = Math.min(Math.max(yProba[i]!, FLOAT64_EPSILON), 1 - FLOAT64_EPSILON);
    const q = 1 - p;
    sum -= Math.log((t === 1 ? p : q) / (p + q));
  }
  return sum / yTrue.length;
}
