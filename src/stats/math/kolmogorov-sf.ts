import { kolmogorovDurbinCdf } from './kolmogorov-durbin-cdf.js';
import { kolmogorovPelzGoodCdf } from './kolmogorov-pelz-good-cdf.js';
import { kolmogorovPomeranzCdf } from './kolmogorov-pomeranz-cdf.js';
import { logFactorialOverPower } from './log-factorial-over-power.js';
import { smirnovSf } from './smirnov-sf.js';

/** Up to this n the exact small-sample methods are affordable everywhere (Simard & L'Ecuyer 2011). */
const SMALL_N = 140;

/**
 * P(Dₙ ≥ x) for the two-sided one-sample Kolmogorov-Smirnov statistic with a finite n: SciPy's
 * `kstwo.sf(x, n)`, which `ks_2samp` uses for its asymptotic p-value with n = round(n₁n₂/(n₁ + n₂)).
 *
 * The method is chosen per (n, x) exactly as Simard & L'Ecuyer (2011, J. Stat. Softw. 39(11)) propose and
 * SciPy implements, because the approximations differ by more than our 1e-6 tolerance in places:
 * Ruben-Gambino's closed forms at the extremes (nx ≤ 1, nx ≥ n − 1), 2 × the one-sided Smirnov tail where
 * the two tails cannot both be crossed (x ≥ ½) or where the overlap is negligible (nx² ≥ 2.2 for large n),
 * Durbin's matrix or Pomeranz's recursion for small n, and Durbin or Pelz-Good below that for large n.
 *
 * @example kolmogorovSf(26, 0.21666666666666667) // 0.14973094719996116
 */
export function kolmogorovSf(n: number, x: number): number {
  if (!(n >= 1) || !Number.isInteger(n) || Number.isNaN(x)) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    // Ruben-Gambino: P(Dₙ < x) = n!/nⁿ (2t − 1)ⁿ for ½ ≤ t ≤ 1.
    return clip(1 - Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1)));
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nxSquared = t * x;
  if (n <= SMALL_N) {
    if (nxSquared <= 0.754693) return clip(1 - kolmogorovDurbinCdf(n, x));
    if (nxSquared <= 4) return clip(1 - kolmogorovPomeranzCdf(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip(2 * smirnovSf(n, x));
  if (n <= 100_000 && n * x ** 1.5 <= 1.4) return clip(1 - kolmogorovDurbinCdf(n, x));
  return clip(1 - kolmogorovPelzGoodCdf(n, x));
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}
