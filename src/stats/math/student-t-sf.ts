import { regularizedBeta } from './regularized-beta.js';

/**
 * The Student t survival function P(T > t) with ν = `degreesOfFreedom` (any real ν > 0, as Welch's
 * test needs): ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0 (Abramowitz & Stegun 26.7.1 with 26.5.27), and 1 − P(T > −t)
 * below zero. The complement t² / (ν + t²) is passed to the incomplete beta directly so that small
 * t keeps its digits.
 *
 * @example studentTSf(2.0, 10) // 0.036694017385370196
 */
export function studentTSf(t: number, degreesOfFreedom: number): number {
  if (Number.isNaN(t) || !(degreesOfFreedom > 0)) return Number.NaN;
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (t === Number.NEGATIVE_INFINITY) return 1;
  const square = t * t;
  if (square === Number.POSITIVE_INFINITY) return t > 0 ? 0 : 1;
  const denominator = degreesOfFreedom + square;
  const tail =
    0.5 * regularizedBeta(degreesOfFreedom / 2, 0.5, degreesOfFreedom / denominator, square / denominator);
  return t >= 0 ? tail : 1 - tail;
}
