import { describe, expect, it } from 'vitest';
import { kolmogorovDurbinCdf } from './kolmogorov-durbin-cdf.js';
import { kolmogorovPomeranzCdf } from './kolmogorov-pomeranz-cdf.js';

// scipy.stats._ksstats._kolmogn_Pomeranz (SciPy 1.17.1). nx = 5, 3, 4 are integers and 8 × ½ a half:
// the cases where the band's edges cross integers at the same points.
describe('kolmogorovPomeranzCdf', () => {
  it.each([
    [26, 0.21666666666666667, 0.8502690528000385],
    [10, 0.3, 0.7294644252000005],
    [20, 0.25, 0.8623743016328251],
    [30, 1 / 6, 0.6628994359029581],
    [12, 1 / 3, 0.8912610218520314],
    [140, 0.17, 0.9994753891312482],
    [8, 0.5, 0.9774093627929688],
  ])('P(D < x; n = %d, x = %d)', (n, x, expected) => {
    expect(Math.abs(kolmogorovPomeranzCdf(n, x) - expected)).toBeLessThanOrEqual(1e-13);
  });

  it('agrees with Durbin’s matrix, another exact method, on a grid', () => {
    for (const n of [3, 7, 16, 41]) {
      for (const x of [0.07, 0.13, 0.25, 0.31, 0.5, 0.62]) {
        expect(kolmogorovPomeranzCdf(n, x)).toBeCloseTo(kolmogorovDurbinCdf(n, x), 13);
      }
    }
  });
});
