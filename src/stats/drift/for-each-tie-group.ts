/**
 * Walks the merge of two ascending arrays once, calling `visit(value, countA, countB)` for each
 * distinct value of the pooled sample in ascending order, with how many times it occurs in each side.
 *
 * Every rank-based and CDF-based drift statistic (Kolmogorov-Smirnov, Wasserstein, energy distance,
 * Anderson-Darling, Cramér-von Mises, Mann-Whitney) needs exactly this view of the data: the pooled
 * order with ties grouped (midranks, ECDFs evaluated after a whole tie group). On the pre-sorted columns
 * it is O(n + m) and allocates nothing, instead of sorting or ranking the concatenation.
 *
 * @example forEachTieGroup(Float64Array.of(1, 2, 2), Float64Array.of(2, 3), (v, a, b) => console.log(v, a, b))
 * // 1 1 0, then 2 2 1, then 3 0 1
 */
export function forEachTieGroup(
  a: Float64Array,
  b: Float64Array,
  visit: (value: number, countA: number, countB: number) => void,
): void {
  const n = a.length;
  const m = b.length;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const value = j >= m || (i < n && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    let countA = 0;
    while (i < n && a[i] === value) {
      i++;
      countA++;
    }
    let countB = 0;
    while (j < m && b[j] === value) {
      j++;
      countB++;
    }
    visit(value, countA, countB);
  }
}
