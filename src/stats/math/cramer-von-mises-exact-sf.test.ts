import { describe, expect, it } from 'vitest';
import { cramerVonMisesExactSf } from './cramer-von-mises-exact-sf.js';

// scipy.stats._hypotests._pval_cvm_2samp_exact(u, m, n) (SciPy 1.17.1); 113830 and 96.5 come from tied data.
describe('cramerVonMisesExactSf', () => {
  it.each([
    [841, 5, 7, 0.8383838383838383],
    [7180, 10, 10, 0.18950399445755484],
    [96908, 20, 19, 0.913808574450834],
    [113830, 20, 20, 0.054292899284919406],
    [96.5, 3, 4, 1],
    [7695, 8, 13, 0.2334267040149393],
    [16, 2, 2, 1 / 3],
    [131760, 20, 20, 6.16934069562594e-5],
  ])('P(U ≥ %d; m = %d, n = %d)', (u, m, n, expected) => {
    expect(Math.abs(cramerVonMisesExactSf(u, m, n) - expected)).toBeLessThanOrEqual(1e-14 * expected);
  });
});
