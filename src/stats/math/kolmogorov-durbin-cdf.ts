import { logFactorialOverPower } from './log-factorial-over-power.js';

/** Entries are rescaled by 2^-SCALE_BITS whenever they pass 2^SCALE_BITS (exact in binary floating point). */
const SCALE_BITS = 256;
const SCALE_UP = 2 ** SCALE_BITS;
const SCALE_DOWN = 2 ** -SCALE_BITS;

/**
 * P(Dₙ < d) for the two-sided one-sample Kolmogorov-Smirnov statistic, exactly, by Durbin's matrix
 * formula as Marsaglia, Tsang & Wang (2003, "Evaluating Kolmogorov's distribution", J. Stat. Softw. 8(18))
 * evaluate it: with k = ⌈nd⌉, h = k − nd and m = 2k − 1, P = n!/nⁿ · (Hⁿ)[k, k] for an m × m matrix H
 * of 1/j! entries corrected by powers of h.
 *
 * Cost O(m³ log n): fast when nd is small, which is where the selection in {@link kolmogorovSf} uses it
 * (as SciPy's `kstwo` does, after Simard & L'Ecuyer 2011).
 */
export function kolmogorovDurbinCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let power = identity(m);
  let powerExponent = 0;
  let base = durbinMatrix(m, h);
  let baseExponent = 0;
  for (let remaining = n; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2 === 1) {
      power = multiply(power, base, m);
      powerExponent += baseExponent;
      powerExponent += rescale(power, k, m);
    }
    if (remaining > 1) {
      base = multiply(base, base, m);
      baseExponent *= 2;
      baseExponent += rescale(base, k, m);
    }
  }
  const entry = power[(k - 1) * m + (k - 1)]!;
  if (entry <= 0) return 0;
  const probability = Math.exp(Math.log(entry) + powerExponent * Math.LN2 + logFactorialOverPower(n));
  return Math.min(1, probability);
}

/** MTW's H: H[i][j] = 1/(i − j + 1)! on and below the superdiagonal, first column and last row corrected by h. */
function durbinMatrix(m: number, h: number): Float64Array {
  const matrix = new Float64Array(m * m);
  const inverseFactorial = new Float64Array(m + 1);
  inverseFactorial[0] = 1;
  for (let j = 1; j <= m; j++) inverseFactorial[j] = inverseFactorial[j - 1]! / j;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= Math.min(i + 1, m - 1); j++) matrix[i * m + j] = inverseFactorial[i - j + 1]!;
  }
  for (let i = 0; i < m; i++) {
    matrix[i * m] = (1 - h ** (i + 1)) * inverseFactorial[i + 1]!;
    matrix[(m - 1) * m + i] = (1 - h ** (m - i)) * inverseFactorial[m - i]!;
  }
  const corner = 1 - 2 * h ** m + (2 * h - 1 > 0 ? (2 * h - 1) ** m : 0);
  matrix[(m - 1) * m] = corner * inverseFactorial[m]!;
  return matrix;
}

function identity(m: number): Float64Array {
  const matrix = new Float64Array(m * m);
  for (let i = 0; i < m; i++) matrix[i * m + i] = 1;
  return matrix;
}

function multiply(left: Float64Array, right: Float64Array, m: number): Float64Array {
  const product = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let l = 0; l < m; l++) {
      const factor = left[i * m + l]!;
      if (factor === 0) continue;
      for (let j = 0; j < m; j++) product[i * m + j]! += factor * right[l * m + j]!;
    }
  }
  return product;
}

/** Scales the matrix down while its [k, k] entry is huge; returns the power of two taken out. */
function rescale(matrix: Float64Array, k: number, m: number): number {
  let exponent = 0;
  while (matrix[(k - 1) * m + (k - 1)]! > SCALE_UP) {
    for (let i = 0; i < matrix.length; i++) matrix[i]! *= SCALE_DOWN;
    exponent += SCALE_BITS;
  }
  return exponent;
}
