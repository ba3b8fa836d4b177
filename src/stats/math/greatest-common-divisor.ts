/**
 * The greatest common divisor of two non-negative integers (Euclid's algorithm). The exact two-sample
 * tests work on the lattice of lcm(n₁, n₂) = n₁ n₂ / gcd(n₁, n₂).
 *
 * @example greatestCommonDivisor(60, 45) // 15
 */
export function greatestCommonDivisor(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
