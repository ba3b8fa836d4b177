/**
 * A running sum with Neumaier's compensation (Neumaier 1974, the improved Kahan-Babuška algorithm): the
 * rounding error of each addition is carried in a second double and added back at the end, so a sum of a
 * million terms is as precise as its final rounding instead of drifting by n × ε.
 *
 * Drift statistics sum millions of terms (means, CDF areas, logs of binomial ratios) and are compared
 * with SciPy at 1e-9; without compensation the error of the plain sum already reaches 1e-10 at a
 * million terms, and more when the rounding errors share a sign.
 *
 * @example const s = new CompensatedSum(); s.add(1e16); s.add(1); s.add(-1e16); s.value // 1
 */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  /** Adds one term. */
  add(term: number): void {
    const next = this.sum + term;
    if (Math.abs(this.sum) >= Math.abs(term)) this.compensation += this.sum - next + term;
    else this.compensation += term - next + this.sum;
    this.sum = next;
  }

  /** The compensated total so far. */
  get value(): number {
    return this.sum + this.compensation;
  }
}
