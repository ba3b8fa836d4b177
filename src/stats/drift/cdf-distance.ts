import { CompensatedSum } from '../math/compensated-sum.js';
import { forEachTieGroup } from './for-each-tie-group.js';

/**
 * ∫ |F(x) − G(x)|ᵖ dx between the empirical CDFs F and G of two ascending samples, for p = 1 or 2,
 * as SciPy's `_cdf_distance` integrates it: the step functions differ by a constant between
 * consecutive distinct pooled values, so the integral is a sum over those gaps.
 *
 * p = 1 is the Wasserstein-1 distance itself; the energy distance is √(2 × the p = 2 integral)
 * (Székely & Rizzo 2013; SciPy's `energy_distance`). O(n + m) on pre-sorted data, where the pairwise
 * definition of the energy distance would be O(n m). Returns NaN if a side is empty.
 */
export function cdfDistance(reference: Float64Array, current: Float64Array, power: 1 | 2): number {
  const n = reference.length;
  const m = current.length;
  if (n === 0 || m === 0) return Number.NaN;
  const total = new CompensatedSum();
  let seenReference = 0;
  let seenCurrent = 0;
  let previousValue = Number.NaN;
  let previousGap = 0;
  forEachTieGroup(reference, current, (value, countReference, countCurrent) => {
    if (seenReference + seenCurrent > 0) total.add(previousGap * (value - previousValue));
    seenReference += countReference;
    seenCurrent += countCurrent;
    const difference = Math.abs(seenReference / n - seenCurrent / m);
    previousGap = power === 1 ? difference : difference * difference;
    previousValue = value;
  });
  return total.value;
}
