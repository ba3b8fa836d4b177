import { CompensatedSum } from './compensated-sum.js';

/** Terms beyond this exponent, e^(−EXPONENT_CUTOFF) of the first, are below double precision. */
const EXPONENT_CUTOFF = 45;

/**
 * eˣ K_ν(x), the exponentially scaled modified Bessel function of the second kind, for x > 0 and real ν.
 *
 * From the integral K_ν(x) = ∫₀^∞ e^(−x cosh t) cosh(νt) dt (Abramowitz & Stegun 9.6.24), scaled as
 * ∫₀^∞ e^(−x(cosh t − 1)) cosh(νt) dt and summed with the trapezoidal rule. The integrand is analytic
 * and decays double-exponentially, so the trapezoidal rule converges geometrically in 1/step (Trefethen
 * & Weideman 2014, SIAM Review 56(3)); a step of 0.15/√x (at most 0.15) keeps the discretisation error
 * under 1e-17 relative at every x, with about 60 to 100 terms. Needed for the Cramér-von Mises limiting
 * distribution, which uses ν = ¼.
 *
 * @example besselKScaled(0.25, 1) * Math.exp(-1) // K_¼(1) = 0.4307397744...
 */
export function besselKScaled(nu: number, x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const step = 0.15 / Math.max(1, Math.sqrt(x));
  // cosh t − 1 = 2 sinh²(t/2) keeps the exponent exact near t = 0, where the integrand matters most at large x.
  // About a hundred positive terms: compensated, so the sum adds no error beyond the terms' own.
  const sum = new CompensatedSum();
  sum.add(0.5);
  for (let i = 1; ; i++) {
    const t = i * step;
    const half = Math.sinh(t / 2);
    const exponent = -2 * x * half * half + Math.abs(nu) * t;
    if (exponent < -EXPONENT_CUTOFF && t > 1) break;
    sum.add(Math.exp(-2 * x * half * half) * Math.cosh(nu * t));
  }
  return sum.value * step;
}
