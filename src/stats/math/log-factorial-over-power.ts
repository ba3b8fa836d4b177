import { stirlingCorrection } from './stirling-correction.js';

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln(n! / nⁿ) for a positive integer n: the normalising factor of the exact Kolmogorov distribution
 * algorithms (Durbin's matrix, Pomeranz's recursion, Ruben-Gambino's closed form).
 *
 * Small n multiply out; from n = 10 on, Stirling's formula with nⁿ divided out analytically,
 * ½ ln n − n + ½ ln 2π + (Stirling remainder), so no two huge logarithms are subtracted.
 *
 * @example Math.exp(logFactorialOverPower(3)) // 6 / 27
 */
export function logFactorialOverPower(n: number): number {
  if (n < 10) {
    let product = 1;
    for (let i = 1; i <= n; i++) product *= i / n;
    return Math.log(product);
  }
  return 0.5 * Math.log(n) - n + HALF_LOG_TWO_PI + stirlingCorrection(n);
}
