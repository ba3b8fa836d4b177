/**
 * Coefficients B_2j / (2j (2j - 1)) of Stirling's series for ln Γ, j = 1..8 (Abramowitz & Stegun 6.1.40),
 * highest order first for Horner evaluation in 1 / x².
 */
const COEFFICIENTS = [
  -3617 / 122400,
  1 / 156,
  -691 / 360360,
  1 / 1188,
  -1 / 1680,
  1 / 1260,
  -1 / 360,
  1 / 12,
] as const;

/**
 * The remainder of Stirling's formula: ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], for x ≥ 10.
 *
 * Kept separate from {@link logGamma} because differences of log-gammas of large arguments (log-beta,
 * ln(n!/nⁿ)) lose every digit when computed as a difference of two huge numbers; written with this
 * remainder they keep full precision. Eight terms of the series leave an error below 1e-20 at x = 10.
 */
export function stirlingCorrection(x: number): number {
  const inverseSquare = 1 / (x * x);
  let sum = 0;
  for (const coefficient of COEFFICIENTS) sum = sum * inverseSquare + coefficient;
  return sum / x;
}
