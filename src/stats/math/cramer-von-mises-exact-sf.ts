import { greatestCommonDivisor } from './greatest-common-divisor.js';

/**
 * The exact p-value of the two-sample Cramér-von Mises test, P(U' ≥ U) over all C(m + n, m) equally likely
 * orderings of the pooled sample, as SciPy's `cramervonmises_2samp(method='exact')` computes it.
 *
 * `u` is Anderson's (1962) U = m Σ (rᵢ − i)² + n Σ (sⱼ − j)² from the ranks of the two samples. Along the
 * lattice path of the merged sample, with L = lcm(m, n), a = L/m and b = L/n, U is an affine function of
 * Σ (a·i − b·j)² over the path's points (i values of the first sample and j of the second seen so far);
 * Xiao, Gordon & Yakovlev (2006, J. Stat. Softw. 17(8)) count paths per value of that sum with a dynamic
 * programme over the lattice, which is what this does with one map of sum → count per lattice point.
 * The threshold ζ is computed with Python's float floor division as SciPy does, so ties (fractional U)
 * fall on the same side.
 *
 * Cost grows quickly with the sizes: SciPy uses it only when both samples have at most 20 values.
 */
export function cramerVonMisesExactSf(u: number, m: number, n: number): number {
  const lcm = (m / greatestCommonDivisor(m, n)) * n;
  const a = lcm / m;
  const b = lcm / n;
  const mn = m * n;
  const zeta = pythonFloorDivide(lcm * lcm * (m + n) * (6 * u - mn * (4 * mn - 1)), 6 * mn * mn);
  // row[i] = counts of Σ (a·i − b·j)² over paths to (i, j), for the current j.
  let row: Map<number, number>[] = [];
  for (let j = 0; j <= n; j++) {
    const next: Map<number, number>[] = [];
    for (let i = 0; i <= m; i++) {
      const step = (a * i - b * j) ** 2;
      const merged = new Map<number, number>();
      if (i === 0 && j === 0) merged.set(0, 1);
      for (const source of [row[i], next[i - 1]]) {
        if (source === undefined) continue;
        for (const [sum, count] of source) merged.set(sum + step, (merged.get(sum + step) ?? 0) + count);
      }
      next.push(merged);
    }
    row = next;
  }
  let atLeast = 0;
  let total = 0;
  for (const [sum, count] of row[m]!) {
    total += count;
    if (sum >= zeta) atLeast += count;
  }
  return atLeast / total;
}

/** Python's `a // b` for floats: floor of the quotient computed through fmod, as CPython does. */
function pythonFloorDivide(a: number, b: number): number {
  let mod = a % b;
  let quotient = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) {
    mod += b;
    quotient -= 1;
  }
  if (quotient === 0) return 0;
  let floored = Math.floor(quotient);
  if (quotient - floored > 0.5) floored += 1;
  return floored;
}
