/**
 * Hellinger distance between two distributions given as shares summing to 1:
 * √(Σ (√pᵢ − √qᵢ)²) / √2, in [0, 1], as Evidently computes it. Symmetric, bounded, and finite when a bin
 * or category is empty on one side, unlike KL.
 *
 * @example hellingerDistance([1, 0], [0, 1]) // 1
 */
export function hellingerDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += (Math.sqrt(p[i]!) - Math.sqrt(q[i]!)) ** 2;
  return Math.sqrt(sum) / Math.SQRT2;
}
