import { regularizedGammaQ } from './regularized-gamma-q.js';

/**
 * The standard normal survival function P(Z > z) = ½ erfc(z / √2), with full relative precision in the
 * upper tail (p-values of 1e-300 stay exact instead of rounding to 0 as 1 − Φ(z) would).
 *
 * erfc(t) = Q(½, t²) for t ≥ 0 (Abramowitz & Stegun 7.1.2 with 6.5.17), so the tail reuses the incomplete
 * gamma continued fraction; negative z uses P(Z > z) = 1 − P(Z > −z).
 *
 * @example normalSf(1.959963984540054) // 0.025
 */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const tail = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z >= 0 ? tail : 1 - tail;
}
