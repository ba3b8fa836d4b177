import { describe, expect, it } from 'vitest';
import { kolmogorovSf } from './kolmogorov-sf.js';

// scipy.stats.kstwo.sf (SciPy 1.17.1), one case per branch of the Simard-L'Ecuyer selection:
// Ruben-Gambino both ends, 2 × Smirnov, Durbin, Pomeranz, Pelz-Good, the underflow cut-off.
describe('kolmogorovSf', () => {
  it.each([
    [26, 0.21666666666666667, 0.1497309471999615],
    [10, 0.05, 1],
    [10, 0.5, 0.00777741],
    [10, 0.95, 1.9531250000000172e-13],
    [50, 0.2, 0.03143877776953241],
    [140, 0.1, 0.11353657290090946],
    [667, 0.016833333333333332, 0.9900148765804547],
    [1000, 0.03, 0.3226902143914636],
    [100000, 0.002, 0.8178408363081542],
    [200000, 0.002, 0.39995085369038097],
    [2000000, 0.001, 0.03660662431970485],
    [300, 0.003, 1],
    [5000, 0.2, 9.004289573855005e-176],
  ])('P(D ≥ x; n = %d, x = %d)', (n, x, expected) => {
    expect(Math.abs(kolmogorovSf(n, x) - expected)).toBeLessThanOrEqual(1e-12 * expected);
  });

  it('is 1 at 0, 0 at 1, NaN for a non-integer n', () => {
    expect(kolmogorovSf(10, 0)).toBe(1);
    expect(kolmogorovSf(10, 1)).toBe(0);
    expect(kolmogorovSf(10.5, 0.2)).toBeNaN();
  });
});
