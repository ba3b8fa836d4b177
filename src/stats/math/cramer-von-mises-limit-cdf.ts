import { besselKScaled } from './bessel-k-scaled.js';

/** SciPy adds terms until one is below this; matching the rule matters, the series is cut off, not converged. */
const TERM_CUTOFF = 1e-7;
const PI_THREE_HALVES = Math.PI ** 1.5;

/**
 * The limiting distribution function of the Cramér-von Mises statistic ω² (n → ∞), as SciPy's
 * `_cdf_cvm_inf` evaluates it and its two-sample test uses for the asymptotic p-value:
 *
 *   F(x) = Σ_{k≥0} Γ(k + ½) / (Γ(k + 1) π^{3/2} √x) · √(4k + 1) · e^{−q_k} K_¼(q_k),  q_k = (4k + 1)² / (16x)
 *
 * (Csörgő & Faraway 1996, JRSS B 58(1), eq. 1.3), adding terms until one falls below 1e-7, the same
 * stopping rule as SciPy, so that our p-values 1 − F(x) agree with its values to many digits even where
 * the truncated series is not exact. e^{−q} K_¼(q) is taken as e^{−2q} times the scaled Bessel function.
 */
export function cramerVonMisesLimitCdf(x: number): number {
  if (!(x > 0)) return 0;
  let total = 0;
  // Γ(k + ½) / Γ(k + 1) by its recurrence from Γ(½) / Γ(1) = √π: exact to an ulp or two, where a difference
  // of log-gammas would lose 1e-15, which is the whole budget of a p-value 1 − F(x) near 1e-10.
  let gammaRatio = Math.sqrt(Math.PI);
  for (let k = 0; ; k++) {
    if (k > 0) gammaRatio *= (k - 0.5) / k;
    const u = gammaRatio / (PI_THREE_HALVES * Math.sqrt(x));
    const y = 4 * k + 1;
    const q = (y * y) / (16 * x);
    const term = u * Math.sqrt(y) * Math.exp(-2 * q) * besselKScaled(0.25, q);
    total += term;
    if (Math.abs(term) < TERM_CUTOFF) break;
  }
  return total;
}
