import { greatestCommonDivisor } from './greatest-common-divisor.js';

/**
 * The exact p-value P(D ≥ d) of the two-sided two-sample Kolmogorov-Smirnov test under the null
 * hypothesis, for samples of n₁ and n₂ continuous values, as SciPy's `ks_2samp(method='exact')`
 * computes it. Returns the p-value and d rounded onto the lattice of attainable values h / lcm(n₁, n₂),
 * which is the statistic SciPy reports in exact mode.
 *
 * - Equal sizes: the reflection formula P = 2 Σ_{k≥1} (−1)^{k−1} C(2n, n − kh) / C(2n, n), evaluated from
 *   the innermost term outwards as nested ratios of binomials so that nothing overflows or cancels.
 * - Unequal sizes: Hodges' (1958) lattice-path count of paths leaving the band |x/n₁ − y/n₂| < d, in
 *   Viehmann's (2021, arXiv:2102.08037) form that carries the probability of having left the band, so a
 *   p-value of 1e-320 is computed directly instead of as 1 minus a number near 1.
 *
 * Cost: O(n) for equal sizes; O(max(n₁, n₂) × band width) otherwise, at most about n₁ n₂.
 */
export function ksTwoSampleExactSf(n1: number, n2: number, d: number): { pValue: number; statistic: number } {
  const g = greatestCommonDivisor(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = Math.round(d * lcm);
  const statistic = h / lcm;
  if (h === 0) return { pValue: 1, statistic };
  const pValue = n1 === n2 ? outsideSquare(n1, h) : outsideBand(n1, n2, g, h);
  return { pValue: Math.min(1, Math.max(0, pValue)), statistic };
}

/** 2 (A₁ − A₁A₂ + A₁A₂A₃ − …) with A_k = C(2n, n − kh) / C(2n, n − (k−1)h), from the deepest k out. */
function outsideSquare(n: number, h: number): number {
  let nested = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    nested = ratio * (1 - nested);
  }
  return 2 * nested;
}

/**
 * Probability that a uniformly random lattice path from (0, 0) to (m, n) touches |n'x − m'y| ≥ h
 * (n' = n/g, m' = m/g). Column by column, b(x, y) = (x b(x−1, y) + y b(x, y−1)) / (x + y) inside the band
 * and 1 outside it: the recursion of path counts divided by C(x + y, x).
 */
function outsideBand(size1: number, size2: number, g: number, h: number): number {
  const m = Math.max(size1, size2);
  const n = Math.min(size1, size2);
  const mg = m / g;
  const ng = n / g;
  const column = new Float64Array(n + 1).fill(1);
  let high = Math.min(n, ceilDivide(h, mg) - 1);
  for (let y = 0; y <= high; y++) column[y] = 0;
  for (let x = 1; x <= m; x++) {
    const low = Math.max(0, floorDivide(ng * x - h, mg) + 1);
    high = Math.min(n, ceilDivide(ng * x + h, mg) - 1);
    if (low > high) return 1;
    // column[y] still holds b(x − 1, y) (1 where that point lay outside); below `low` the new column is 1.
    let below = 1;
    for (let y = low; y <= high; y++) {
      const value = (x * column[y]! + y * below) / (x + y);
      column[y] = value;
      below = value;
    }
  }
  return column[n]!;
}

/** ⌊a / b⌋ for integers, exact even where the floating quotient rounds onto an integer. */
function floorDivide(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

function ceilDivide(a: number, b: number): number {
  return -floorDivide(-a, b);
}
