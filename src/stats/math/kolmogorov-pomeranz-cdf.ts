import { logFactorialOverPower } from './log-factorial-over-power.js';

const SCALE_BITS = 512;
const SCALE_LIMIT = 2 ** SCALE_BITS;
const SCALE_DOWN = 2 ** -SCALE_BITS;

/** A point where one of the band's edges crosses an integer, with the counts allowed there. */
interface Breakpoint {
  readonly position: number;
  readonly low: number;
  readonly high: number;
}

/**
 * P(Dₙ < d) for the two-sided one-sample Kolmogorov-Smirnov statistic, exactly, by Pomeranz's recursion
 * (Pomeranz 1974, CACM Algorithm 487; as laid out by Simard & L'Ecuyer 2011, J. Stat. Softw. 39(11)).
 *
 * With the n uniform points scaled to [0, n] and t = nd, Dₙ < d means the count N(u) of points below u
 * stays strictly inside (u − t, u + t). The band's edges only change where u ∓ t crosses an integer, so
 * the count is tracked from one such breakpoint to the next: over a gap of length δ, r new points arrive
 * with weight δʳ / r! (the multinomial law, normalised by n! / nⁿ at the end). The allowed counts at each
 * breakpoint are worked out in integers from the breakpoint's kind, never by flooring a rounded u − t,
 * because the edge sits exactly on an integer there.
 */
export function kolmogorovPomeranzCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const t = n * d;
  if (t <= 0.5) return 0;
  let values = new Float64Array(n + 1);
  values[0] = 1;
  let low = 0;
  let high = 0;
  let position = 0;
  let exponent = 0;
  for (const point of breakpoints(n, t)) {
    const next = new Float64Array(n + 1);
    const weights = gapWeights(point.position - position, point.high - low);
    let largest = 0;
    for (let j = point.low; j <= point.high; j++) {
      let sum = 0;
      for (let i = low; i <= Math.min(j, high); i++) sum += values[i]! * weights[j - i]!;
      next[j] = sum;
      largest = Math.max(largest, sum);
    }
    if (largest > SCALE_LIMIT) {
      for (let j = point.low; j <= point.high; j++) next[j]! *= SCALE_DOWN;
      exponent += SCALE_BITS;
    }
    values = next;
    ({ low, high, position } = point);
  }
  const last = values[n]!;
  if (last <= 0) return 0;
  return Math.min(1, Math.exp(Math.log(last) + exponent * Math.LN2 + logFactorialOverPower(n)));
}

/** δʳ / r! for r = 0..count. */
function gapWeights(gap: number, count: number): Float64Array {
  const weights = new Float64Array(Math.max(count, 0) + 1);
  weights[0] = 1;
  for (let r = 1; r < weights.length; r++) weights[r] = (weights[r - 1]! * gap) / r;
  return weights;
}

/**
 * The breakpoints in (0, n] in order, each with its allowed counts, ending at n with count n.
 * With t = ℓ + f: "lower" points u = k + f (u − t = k − ℓ) and "upper" points u = k + 1 − f (u + t = k + 1 + ℓ).
 */
function breakpoints(n: number, t: number): Breakpoint[] {
  const whole = Math.floor(t);
  const fraction = t - whole;
  const twice = 2 * fraction;
  // Where u ± t is itself an integer the strict band excludes it; these offsets encode ⌈u + t⌉ − 1
  // at lower points and ⌊u − t⌋ + 1 at upper points for the three cases 2f = 0, 0 < 2f ≤ 1, 2f > 1.
  const lowerHighOffset = twice === 0 ? -1 : twice <= 1 ? 0 : 1;
  const upperLowOffset = twice === 0 ? 2 : twice <= 1 ? 1 : 0;
  const raw: Breakpoint[] = [];
  for (let k = 0; k <= n; k++) {
    raw.push({ position: k + fraction, low: k - whole + 1, high: k + whole + lowerHighOffset });
    raw.push({ position: k + 1 - fraction, low: k - whole + upperLowOffset, high: k + whole });
  }
  const inside = raw.filter((p) => p.position > 0 && p.position < n).sort((a, b) => a.position - b.position);
  const merged: Breakpoint[] = [];
  for (const point of inside) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && previous.position === point.position) {
      // Both edges cross an integer at the same u (f = 0 or ½): both constraints hold.
      merged[merged.length - 1] = {
        position: point.position,
        low: Math.max(previous.low, point.low),
        high: Math.min(previous.high, point.high),
      };
    } else merged.push(point);
  }
  const clipped = merged.map((p) => ({
    position: p.position,
    low: Math.max(p.low, 0),
    high: Math.min(p.high, n),
  }));
  clipped.push({ position: n, low: n, high: n });
  return clipped;
}
