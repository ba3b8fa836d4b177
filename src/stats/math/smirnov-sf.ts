import { CompensatedSum } from './compensated-sum.js';

/** exp() of anything below this is 0 in double precision (cephes MINLOG). */
const MIN_LOG = -708.3964185322641;
/** Above this n the exact sum is replaced by its asymptotic form, as scipy.special.smirnov does. */
const MAX_EXACT_N = 1_000_000;

/**
 * The survival function P(D⁺ₙ ≥ x) of the one-sided one-sample Kolmogorov-Smirnov statistic
 * D⁺ₙ = sup (F(t) − Fₙ(t)) for a sample of n, as `scipy.special.smirnov(n, x)` computes it. The
 * two-sided finite-n distribution uses 2 × this far in its tail.
 *
 * Exact, by the Birnbaum-Tingey sum (Birnbaum & Tingey 1951; Smirnov 1944):
 *   P(D⁺ₙ ≥ x) = x Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (1 − x − v/n)^{n−v} (x + v/n)^{v−1},
 * every term positive, each taken in logs and summed until the rest cannot matter. The closed forms at
 * the edges (x ≤ 1/n, x ≥ 1 − 1/n), the underflow cut-off (−2nx² below the smallest exponent) and the
 * asymptotic exp(−(6nx + 1)² / 18n) above n = 1e6 follow scipy's `smirnov` (van Mulbregt 2018,
 * arXiv:1802.06966) so that the same inputs take the same branch.
 *
 * @example smirnovSf(10, 0.3) // 0.1279653102...
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n >= 1) || !Number.isInteger(n) || !(x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = n * x;
  const nxFloor = Math.floor(nx);
  const exactlyOnKnot = nx === nxFloor;
  if (nxFloor === 0 || (nxFloor === 1 && exactlyOnKnot)) return 1 - x * (1 + x) ** (n - 1);
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxFloor >= n - 1) return (1 - x) ** n;
  if (n > MAX_EXACT_N) return Math.exp(-((6 * nx + 1) ** 2) / 18 / n);
  return x * lowerSum(n, x, n - nxFloor - 1);
}

/** Σ_{v=0}^{last} C(n, v) (1 − x − v/n)^{n−v} (x + v/n)^{v−1}, stopping once the terms fall away. */
function lowerSum(n: number, x: number, last: number): number {
  // ln C(n, v) is built up one ratio at a time; the ratios fall smoothly, their rounding errors share a
  // sign, and an uncompensated running sum drifts by 1e-8 at n = 1e6.
  const logBinomial = new CompensatedSum();
  let sum = 0;
  let previous = 0;
  for (let v = 0; v <= last; v++) {
    const below = (n - v) / n - x;
    const above = x + v / n;
    const term = Math.exp(logBinomial.value + (n - v) * Math.log(below) + (v - 1) * Math.log(above));
    sum += term;
    // The terms rise to one peak and fall; once falling and negligible, the rest is below rounding.
    if (term < previous && term * (last - v) < sum * 1e-17) break;
    previous = term;
    logBinomial.add(Math.log((n - v) / (v + 1)));
  }
  return sum;
}
