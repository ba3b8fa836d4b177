/**
 * P(U ≤ k) for the Mann-Whitney U statistic of samples of n₁ and n₂ values without ties, under the null
 * hypothesis that all orderings of the pooled sample are equally likely.
 *
 * The number of orderings with U = u is the coefficient of qᵘ in the Gaussian binomial coefficient
 * [n₁ + n₂ choose m]_q = Π_{i=1}^{m} (1 − q^{n+i}) / (1 − qⁱ), with m the smaller size and n the larger
 * (Mann & Whitney 1947; Andrews, "The Theory of Partitions", 3.3). Multiplying the factors in one at a
 * time, truncated at degree k, costs O(m k). Dividing by (1 − qⁱ) is a running sum with stride i, and after
 * each factor the polynomial is rescaled by i / (n + i) so that it stays the distribution of U for sizes
 * (i, n) and never overflows. SciPy reaches the same numbers with Löffler's recurrence.
 *
 * @example mannWhitneyExactCdf(0, 3, 4) // 1 / C(7, 3) = 1/35
 */
export function mannWhitneyExactCdf(k: number, n1: number, n2: number): number {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const top = Math.floor(k);
  if (top < 0) return 0;
  if (top >= m * n) return 1;
  const coefficients = new Float64Array(top + 1);
  coefficients[0] = 1;
  for (let i = 1; i <= m; i++) {
    for (let d = i; d <= top; d++) coefficients[d]! += coefficients[d - i]!;
    for (let d = top; d >= n + i; d--) coefficients[d]! -= coefficients[d - n - i]!;
    const scale = i / (n + i);
    for (let d = 0; d <= top; d++) coefficients[d]! *= scale;
  }
  let sum = 0;
  for (let d = 0; d <= top; d++) sum += coefficients[d]!;
  return Math.min(1, sum);
}
