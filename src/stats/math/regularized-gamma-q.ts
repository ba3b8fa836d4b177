import { logGamma } from './log-gamma.js';

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;
/** ln Γ(½) = ln √π, exactly rounded; see below. */
const LOG_GAMMA_HALF = 0.5723649429247001;

/**
 * The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and x ≥ 0.
 *
 * Below x = a + 1 the power series of P(a, x) (Abramowitz & Stegun 6.5.29) converges fast and Q = 1 − P
 * loses nothing, since Q is not small there; above it, the continued fraction for Γ(a, x) (A&S 6.5.31)
 * evaluated with the modified Lentz method keeps full relative precision deep into the tail
 * (chi-square p-values of 1e-300 and below). Used for the chi-square and normal survival functions.
 *
 * @example regularizedGammaQ(1, 2) // e⁻² = 0.1353352832366127
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  // a = ½ is the normal distribution's case (erfc); its Γ(½) = √π is known exactly, where logGamma's
  // 1e-15 absolute error would be the largest error left in normal p-values.
  const logPrefactor = a * Math.log(x) - x - (a === 0.5 ? LOG_GAMMA_HALF : logGamma(a));
  if (x < a + 1) return 1 - Math.exp(logPrefactor) * lowerSeries(a, x);
  return Math.exp(logPrefactor) * upperContinuedFraction(a, x);
}

/** Σ xⁿ / (a (a + 1) … (a + n)), so that P(a, x) = prefactor × this sum. */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum;
}

/** 1 / (x + 1 − a − 1·(1 − a) / (x + 3 − a − 2·(2 − a) / (x + 5 − a − …))), so that Q = prefactor × this. */
function upperContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let result = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return result;
}
