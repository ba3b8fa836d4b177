import { describe, expect, it } from 'vitest';
import { mannWhitneyExactCdf } from './mann-whitney-exact-cdf.js';

// Cumulative sums of scipy.stats._mannwhitneyu._MWU(n1, n2).build_u_freqs_array (SciPy 1.17.1).
describe('mannWhitneyExactCdf', () => {
  it.each([
    [0, 3, 4, 0.02857142857142857],
    [5, 3, 4, 0.42857142857142855],
    [6, 3, 4, 0.5714285714285714],
    [20, 8, 8, 0.11724941724941723],
    [31, 8, 8, 0.4795648795648795],
    [100, 8, 30, 0.2462474049910383],
    [119, 8, 30, 0.49300078611973164],
    [3, 1, 10, 0.36363636363636365],
    [200, 20, 30, 0.024064731658852433],
    [40, 5, 1000, 2.0496407081860074e-9],
  ])('P(U ≤ %d; n₁ = %d, n₂ = %d)', (k, n1, n2, expected) => {
    expect(Math.abs(mannWhitneyExactCdf(k, n1, n2) - expected)).toBeLessThanOrEqual(1e-13 * expected);
  });

  it('is symmetric in the sizes and reaches 0 and 1', () => {
    expect(mannWhitneyExactCdf(17, 6, 9)).toBe(mannWhitneyExactCdf(17, 9, 6));
    expect(mannWhitneyExactCdf(-1, 3, 4)).toBe(0);
    expect(mannWhitneyExactCdf(12, 3, 4)).toBe(1);
  });
});
