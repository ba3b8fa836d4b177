const PI_SQUARED = Math.PI ** 2;
const PI_FOURTH = Math.PI ** 4;
const PI_SIXTH = Math.PI ** 6;
const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);
const MIN_LOG = -708;

/**
 * P(Dₙ ≤ x) for the two-sided one-sample Kolmogorov-Smirnov statistic by the Pelz-Good approximation
 * (Pelz & Good 1976, JRSS B 38(2)): the Li-Chien/Korolyuk expansion K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^{3/2}
 * in z = x√n, each Kᵢ rewritten through Jacobi's theta transformation so that its series converges for
 * small z. Simard & L'Ecuyer (2011) use it for large n where the exact methods cost too much, and
 * so does SciPy's `kstwo`; {@link kolmogorovSf} picks it under the same conditions.
 *
 * The sums run over m = 2k − 1 with q = exp(−π²/(8z²)) raised to m², and over all k with exp(−π²k²/(2z²)),
 * for k up to ⌈16z/π⌉ (as SciPy does: beyond that the terms are below rounding).
 */
export function kolmogorovPelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  if (-PI_SQUARED / 8 / z2 < MIN_LOG) return 0;
  const terms = Math.ceil((16 * z) / Math.PI);
  let k0 = 0;
  let k1 = 0;
  let k2 = 0;
  let k3 = 0;
  for (let k = 1; k <= terms; k++) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const weight = Math.exp((-PI_SQUARED * m2) / (8 * z2));
    k0 += weight;
    k1 += weight * (-z2 + (PI_SQUARED / 4) * m2);
    k2 +=
      weight *
      (6 * z6 + 2 * z4 + ((2 * z4 - 5 * z2) * PI_SQUARED * m2) / 4 + (PI_FOURTH * (1 - 2 * z2) * m4) / 16);
    k3 +=
      weight *
      (-30 * z6 -
        90 * z4 * z4 +
        (PI_SQUARED * (135 * z4 - 96 * z6) * m2) / 4 +
        (PI_FOURTH * (-60 * z2 + 212 * z4) * m4) / 16 +
        (PI_SIXTH * (5 - 30 * z2) * m4 * m2) / 64);
  }
  let k2Extra = 0;
  let k3Extra = 0;
  for (let k = 1; k <= terms; k++) {
    const k2sq = k * k;
    const weight = Math.exp((-PI_SQUARED * k2sq) / (2 * z2));
    k2Extra += k2sq * weight;
    k3Extra += (3 * z2 - PI_SQUARED * k2sq) * k2sq * weight;
  }
  const term0 = (SQRT_TWO_PI * k0) / z;
  const term1 = (SQRT_TWO_PI * k1) / (6 * z4);
  const term2 = (SQRT_TWO_PI * k2) / (72 * z6 * z) - (PI_SQUARED * SQRT_TWO_PI * k2Extra) / (36 * z2 * z);
  const term3 = (SQRT_TWO_PI * k3) / (6480 * z4 * z6) + (PI_SQUARED * SQRT_TWO_PI * k3Extra) / (216 * z6);
  return term0 + term1 / Math.sqrt(n) + term2 / n + term3 / (n * Math.sqrt(n));
}
