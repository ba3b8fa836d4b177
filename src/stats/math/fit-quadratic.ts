/**
 * The least-squares parabola y ≈ c₂x² + c₁x + c₀ through the points, returned highest power first as
 * NumPy's `np.polyfit(x, y, 2)` returns it. SciPy's Anderson-Darling k-sample test interpolates its
 * p-value with such a fit through seven tabulated critical values.
 *
 * Solves the 3 × 3 normal equations on x centred and scaled to unit spread (which keeps them well
 * conditioned), then maps the coefficients back.
 *
 * @example fitQuadratic([0, 1, 2], [1, 2, 5]) // [1, 0, 1]
 */
export function fitQuadratic(x: readonly number[], y: readonly number[]): [number, number, number] {
  const n = x.length;
  const centre = x.reduce((s, v) => s + v, 0) / n;
  const spread = Math.sqrt(x.reduce((s, v) => s + (v - centre) ** 2, 0) / n) || 1;
  // Normal equations A c = r in t = (x − centre) / spread, for c = [d₀, d₁, d₂] (lowest power first).
  const a = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const r = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const t = (x[i]! - centre) / spread;
    const powers = [1, t, t * t];
    for (let row = 0; row < 3; row++) {
      r[row]! += powers[row]! * y[i]!;
      for (let col = 0; col < 3; col++) a[row]![col]! += powers[row]! * powers[col]!;
    }
  }
  const [d0, d1, d2] = solve3(a, r);
  // d₂t² + d₁t + d₀ with t = (x − c)/s, expanded in powers of x.
  const c2 = d2 / (spread * spread);
  const c1 = d1 / spread - (2 * d2 * centre) / (spread * spread);
  const c0 = d0 - (d1 * centre) / spread + (d2 * centre * centre) / (spread * spread);
  return [c2, c1, c0];
}

/** Gaussian elimination with partial pivoting on a 3 × 3 system. */
function solve3(matrix: number[][], rhs: number[]): [number, number, number] {
  const m = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let row = col + 1; row < 3; row++)
      if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let row = col + 1; row < 3; row++) {
      const factor = m[row]![col]! / m[col]![col]!;
      for (let k = col; k < 4; k++) m[row]![k]! -= factor * m[col]![k]!;
    }
  }
  const solution = [0, 0, 0];
  for (let row = 2; row >= 0; row--) {
    let value = m[row]![3]!;
    for (let k = row + 1; k < 3; k++) value -= m[row]![k]! * solution[k]!;
    solution[row] = value / m[row]![row]!;
  }
  return [solution[0]!, solution[1]!, solution[2]!];
}
