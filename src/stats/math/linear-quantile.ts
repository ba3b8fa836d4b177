/**
 * The q-quantile of ascending `sorted` values by linear interpolation between order statistics
 * (Hyndman & Fan 1996 definition 7): NumPy's default `np.quantile(x, q)`, reproduced to the bit.
 *
 * NumPy places q at the virtual index (n − 1) q and interpolates with a lerp that works from the nearer
 * end (b − (b − a)(1 − γ) when γ ≥ ½), so that the result is exactly the order statistic at γ = 0 or 1.
 * PSI bucket edges come from here, and a value equal to an edge falls into the next bucket, so the edges
 * must agree with NumPy's to the last bit, not just to 1e-15.
 *
 * @example linearQuantile(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function linearQuantile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const virtualIndex = (n - 1) * q;
  if (virtualIndex >= n - 1) return sorted[n - 1]!;
  if (virtualIndex <= 0) return sorted[0]!;
  const previous = Math.floor(virtualIndex);
  const gamma = virtualIndex - previous;
  const a = sorted[previous]!;
  const b = sorted[previous + 1]!;
  const difference = b - a;
  return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
}
