import { regularizedGammaQ } from './regularized-gamma-q.js';

/**
 * The chi-square survival function P(X > x) with `degreesOfFreedom` degrees of freedom:
 * Q(k / 2, x / 2) (Abramowitz & Stegun 26.4.19), the p-value of a chi-square test statistic x.
 *
 * @example chiSquareSf(3.841458820694124, 1) // 0.05
 */
export function chiSquareSf(x: number, degreesOfFreedom: number): number {
  if (Number.isNaN(x) || !(degreesOfFreedom > 0)) return Number.NaN;
  if (x <= 0) return 1;
  return regularizedGammaQ(degreesOfFreedom / 2, x / 2);
}
