/**
 * Jensen-Shannon distance between two distributions given as non-negative weights (normalised here):
 * √(½ KL(p ‖ m) + ½ KL(q ‖ m)) with m = (p + q)/2, logarithms in `base` (natural by default), exactly as
 * `scipy.spatial.distance.jensenshannon(p, q, base)`. Terms with p = 0 contribute 0. Bounded by √ln 2 in
 * nats and by 1 in bits. Returns NaN when either side has zero total weight.
 *
 * @example jensenShannonDistance([1, 0], [0, 1], 2) // 1
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  let totalP = 0;
  let totalQ = 0;
  for (let i = 0; i < p.length; i++) {
    totalP += p[i]!;
    totalQ += q[i]!;
  }
  if (!(totalP > 0) || !(totalQ > 0)) return Number.NaN;
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / totalP;
    const qi = q[i]! / totalQ;
    const mi = (pi + qi) / 2;
    if (pi > 0) left += pi * Math.log(pi / mi);
    if (qi > 0) right += qi * Math.log(qi / mi);
  }
  let divergence = left + right;
  if (base !== undefined) divergence /= Math.log(base);
  // Rounding can leave a tiny negative sum for identical inputs; the distance is then 0.
  return Math.sqrt(Math.max(divergence / 2, 0));
}
