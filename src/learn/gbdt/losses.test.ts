import { describe, expect, it } from 'vitest';
import { createBinaryLogLoss } from './create-binary-log-loss.js';
import { createSoftmaxLoss } from './create-softmax-loss.js';
import { createSquaredErrorLoss } from './create-squared-error-loss.js';
import type { GbdtLoss } from './gbdt-loss.js';

/** Checks gradients against central differences of the loss, and the fused loss against loss(). */
function checkDerivatives(loss: GbdtLoss, y: Float64Array, raw: Float64Array): void {
  const n = y.length;
  const grad = new Float64Array(raw.length);
  const hess = new Float64Array(raw.length);
  const k = raw.length / n;
  const fused = loss.gradients(y, raw, grad, hess, n, k, 0, n, true);
  expect(fused / n).toBeCloseTo(loss.loss(y, raw), 12);
  expect(loss.gradients(y, raw, grad, hess, n, k, 0, n, false)).toBe(0);
  const h = 1e-5;
  for (let j = 0; j < raw.length; j++) {
    const at = (delta: number) => {
      const moved = raw.slice();
      moved[j]! += delta;
      return loss.loss(y, moved) * n;
    };
    expect(grad[j]).toBeCloseTo((at(h) - at(-h)) / (2 * h), 5);
    expect(hess[j]).toBeCloseTo((at(h) - 2 * at(0) + at(-h)) / (h * h), 3);
  }
}

describe('losses', () => {
  it('binary log loss: log-odds baseline, p - y, p (1 - p), stable at large scores', () => {
    const loss = createBinaryLogLoss();
    expect(loss.baseline(Float64Array.of(1, 0, 0, 0))[0]).toBeCloseTo(Math.log(1 / 3), 12);
    checkDerivatives(loss, Float64Array.of(1, 0, 1, 0), Float64Array.of(0.3, -1.2, 2.5, 0));
    expect(loss.loss(Float64Array.of(1, 0), Float64Array.of(800, -800))).toBe(0);
    expect(Number.isFinite(loss.baseline(Float64Array.of(1, 1))[0]!)).toBe(true);
  });

  it('softmax: centred log priors, per-class gradients', () => {
    const loss = createSoftmaxLoss(3);
    const prior = loss.baseline(Float64Array.of(0, 0, 1, 2));
    expect(prior[0]! - prior[1]!).toBeCloseTo(Math.log(2), 12);
    expect(prior[0]! + prior[1]! + prior[2]!).toBeCloseTo(0, 12);
    // Class-major raw scores of 2 rows.
    const raw = Float64Array.of(0.1, -0.5, 0.7, 0.2, -1, 0.3);
    const y = Float64Array.of(2, 0);
    const grad = new Float64Array(6);
    loss.gradients(y, raw, grad, new Float64Array(6), 2, 3, 0, 2, false);
    expect(grad[0]! + grad[2]! + grad[4]!).toBeCloseTo(0, 12);
    expect(loss.loss(y, raw)).toBeGreaterThan(0);
    expect(grad[4]).toBeLessThan(0);
    checkDerivatives(loss, y, raw);
  });

  it('squared error: mean baseline, raw - y, hessian 1, half the mean square', () => {
    const loss = createSquaredErrorLoss();
    expect(loss.baseline(Float64Array.of(1, 2, 6))[0]).toBe(3);
    checkDerivatives(loss, Float64Array.of(1, 2, 6), Float64Array.of(0, 2.5, 3));
    expect(loss.loss(Float64Array.of(1, 3), Float64Array.of(2, 2))).toBe(0.5);
  });
});
