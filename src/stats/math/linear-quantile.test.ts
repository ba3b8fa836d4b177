import { describe, expect, it } from 'vitest';
import { linearQuantile } from './linear-quantile.js';

describe('linearQuantile', () => {
  const values = Float64Array.of(-2.1, -1.2, -0.4, -0.05, 0.35, 0.48, 0.61, 0.9, 1.3, 1.75, 2.2);

  // np.quantile(values, q) (NumPy 2.4): bit-for-bit, since PSI buckets depend on it.
  it.each([
    [0, -2.1],
    [0.1, -1.2],
    [0.25, -0.22500000000000003],
    [0.3, -0.05],
    [0.5, 0.48],
    [0.7, 0.9],
    [0.75, 1.1],
    [0.95, 1.975],
    [1, 2.2],
  ])('q = %d', (q, expected) => {
    expect(linearQuantile(values, q)).toBe(expected);
  });

  it('uses NumPy’s two-sided lerp (γ ≥ ½ interpolates from the upper value)', () => {
    expect(linearQuantile(Float64Array.of(0, 1), 0.7)).toBe(1 - 1 * (1 - 0.7));
  });

  it('is NaN for no values and the value itself for one', () => {
    expect(linearQuantile(new Float64Array(0), 0.5)).toBeNaN();
    expect(linearQuantile(Float64Array.of(3), 0.3)).toBe(3);
  });
});
