import { logGamma } from './log-gamma.js';
import { stirlingCorrection } from './stirling-correction.js';

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 1_000_000;
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const STIRLING_FROM = 10;

/**
 * The regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 ≤ x ≤ 1.
 *
 * `y` is 1 − x, passed separately when the caller knows it more precisely than 1 − x would round
 * (the Student t tail passes t² / (ν + t²) instead of 1 − ν / (ν + t²)). The continued fraction of
 * Abramowitz & Stegun 26.5.8, evaluated with the modified Lentz method, converges for
 * x < (a + 1) / (a + b + 2); above that, I_x(a, b) = 1 − I_y(b, a). The prefactor xᵃ yᵇ / (a B(a, b)) is
 * taken in logs with a log-beta that keeps its precision when a or b is large (Welch t at a million rows
 * has a ≈ 5e5).
 *
 * @example regularizedBeta(2, 3, 0.4) // 0.5248
 */
export function regularizedBeta(a: number, b: number, x: number, y: number = 1 - x): number {
  if (!(a > 0) || !(b > 0) || !(x >= 0) || !(y >= 0)) return Number.NaN;
  if (x === 0) return 0;
  if (y === 0) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - regularizedBeta(b, a, y, x);
  const logFront = a * Math.log(x) + b * Math.log(y) - logBeta(a, b);
  return (Math.exp(logFront) / a) * continuedFraction(a, b, x);
}

/** ln B(a, b), through Stirling's remainders when an argument is large, to avoid cancelling huge log-gammas. */
function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const big = Math.max(a, b);
  if (small >= STIRLING_FROM) {
    const sum = a + b;
    return (
      HALF_LOG_TWO_PI -
      0.5 * Math.log(sum) +
      (a - 0.5) * Math.log(a / sum) +
      (b - 0.5) * Math.log(b / sum) +
      stirlingCorrection(a) +
      stirlingCorrection(b) -
      stirlingCorrection(sum)
    );
  }
  if (big >= STIRLING_FROM) {
    // ln Γ(big) − ln Γ(big + small), expanded with Stirling's formula on both terms.
    const sum = big + small;
    const ratio =
      -(big - 0.5) * Math.log1p(small / big) -
      small * Math.log(sum) +
      small +
      stirlingCorrection(big) -
      stirlingCorrection(sum);
    return logGamma(small) + ratio;
  }
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** The continued fraction 1 / (1 + d₁ / (1 + d₂ / (1 + …))) of A&S 26.5.8. */
function continuedFraction(a: number, b: number, x: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let result = d;
  for (let m = 1; m < MAX_ITERATIONS; m++) {
    const twoM = 2 * m;
    // Even step d_{2m} = m (b − m) x / ((a + 2m − 1)(a + 2m)).
    let numerator = (m * (b - m) * x) / ((a + twoM - 1) * (a + twoM));
    d = 1 + numerator * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    result *= d * c;
    // Odd step d_{2m+1} = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
    numerator = (-(a + m) * (a + b + m) * x) / ((a + twoM) * (a + twoM + 1));
    d = 1 + numerator * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return result;
}
