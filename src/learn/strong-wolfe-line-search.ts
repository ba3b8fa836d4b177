/** The objective along a search direction: value and directional derivative at step length `alpha`. */
export type LinePoint = (alpha: number) => { value: number; slope: number };

/** Sufficient-decrease (c1) and curvature (c2) constants, Nocedal & Wright's defaults for quasi-Newton. */
const C1 = 1e-4;
const C2 = 0.9;
const MAX_EVALUATIONS = 25;

/**
 * Finds a step length satisfying the strong Wolfe conditions (Nocedal & Wright, Numerical Optimization,
 * algorithms 3.5 and 3.6): bracket by growing the step, then zoom with safeguarded cubic interpolation.
 * Strong Wolfe steps keep sᵀy > 0, which L-BFGS needs for a positive-definite inverse Hessian estimate.
 * Returns the accepted step, or the best sufficient-decrease step found when the budget runs out, or 0
 * when no decrease was found at all (the caller then stops).
 */
export function strongWolfeLineSearch(
  at: LinePoint,
  value0: number,
  slope0: number,
  initialStep: number,
): number {
  let evaluations = 0;
  let prevAlpha = 0;
  let prevValue = value0;
  let prevSlope = slope0;
  let alpha = initialStep;
  while (evaluations < MAX_EVALUATIONS) {
    const { value, slope } = at(alpha);
    evaluations++;
    if (
      !Number.isFinite(value) ||
      value > value0 + C1 * alpha * slope0 ||
      (evaluations > 1 && value >= prevValue)
    ) {
      return zoom(prevAlpha, prevValue, prevSlope, alpha, value, slope);
    }
    if (Math.abs(slope) <= -C2 * slope0) return alpha;
    if (slope >= 0) return zoom(alpha, value, slope, prevAlpha, prevValue, prevSlope);
    prevAlpha = alpha;
    prevValue = value;
    prevSlope = slope;
    alpha *= 2;
  }
  return prevAlpha;

  function zoom(
    lo: number,
    loValue: number,
    loSlope: number,
    hi: number,
    hiValue: number,
    hiSlope: number,
  ): number {
    while (evaluations < MAX_EVALUATIONS) {
      const trial = safeguardedCubic(lo, loValue, loSlope, hi, hiValue, hiSlope);
      const { value, slope } = at(trial);
      evaluations++;
      if (!Number.isFinite(value) || value > value0 + C1 * trial * slope0 || value >= loValue) {
        hi = trial;
        hiValue = value;
        hiSlope = slope;
      } else {
        if (Math.abs(slope) <= -C2 * slope0) return trial;
        if (slope * (hi - lo) >= 0) {
          hi = lo;
          hiValue = loValue;
          hiSlope = loSlope;
        }
        lo = trial;
        loValue = value;
        loSlope = slope;
      }
      if (Math.abs(hi - lo) <= 1e-16 * Math.max(1, Math.abs(lo))) break;
    }
    return lo;
  }
}

/** The minimizer of the cubic through both points, kept inside the middle 80 % of the interval. */
function safeguardedCubic(a: number, fa: number, da: number, b: number, fb: number, db: number): number {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  const margin = 0.1 * (high - low);
  let x = Number.NaN;
  if (Number.isFinite(fb) && Number.isFinite(db)) {
    const d1 = da + db - (3 * (fa - fb)) / (a - b);
    const radicand = d1 * d1 - da * db;
    if (radicand >= 0) {
      const d2 = Math.sign(b - a) * Math.sqrt(radicand);
      x = b - ((b - a) * (db + d2 - d1)) / (db - da + 2 * d2);
    }
  }
  if (!Number.isFinite(x) || x < low + margin || x > high - margin) {
    // Outside the safe middle: clamp, or bisect when interpolation failed.
    x = Number.isFinite(x) ? Math.min(Math.max(x, low + margin), high - margin) : (a + b) / 2;
  }
  return x;
}
