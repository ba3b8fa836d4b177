import { describe, expect, it } from 'vitest';
import { minimizeLbfgs } from './minimize-lbfgs.js';

describe('minimizeLbfgs', () => {
  it('finds the minimum of the Rosenbrock function', () => {
    const rosenbrock = (x: Float64Array, g: Float64Array) => {
      const [a, b] = [x[0]!, x[1]!];
      g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
      g[1] = 200 * (b - a * a);
      return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
    };
    const result = minimizeLbfgs(rosenbrock, Float64Array.of(-1.2, 1), {
      tol: 1e-10,
      ftol: 0,
      maxIterations: 500,
    });
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
    expect(result.iterations).toBeLessThan(100);
  });

  it('solves an ill-conditioned quadratic and reports why it stopped', () => {
    const scales = Float64Array.from({ length: 50 }, (_, i) => 10 ** (i / 25));
    const quadratic = (x: Float64Array, g: Float64Array) => {
      let f = 0;
      for (let i = 0; i < x.length; i++) {
        const d = x[i]! - 1;
        f += 0.5 * scales[i]! * d * d;
        g[i] = scales[i]! * d;
      }
      return f;
    };
    const result = minimizeLbfgs(quadratic, new Float64Array(50), {
      tol: 1e-8,
      ftol: 0,
      maxIterations: 1000,
    });
    expect(result.reason).toBe('gradient');
    expect(result.iterations).toBeLessThan(150); // scipy's L-BFGS-B: 105 iterations, 113 evaluations
    expect(result.converged).toBe(true);
    for (const v of result.x) expect(v).toBeCloseTo(1, 6);
    const capped = minimizeLbfgs(quadratic, new Float64Array(50), { maxIterations: 2, tol: 0, ftol: 0 });
    expect(capped).toMatchObject({ iterations: 2, converged: false, reason: 'max_iterations' });
  });
});
