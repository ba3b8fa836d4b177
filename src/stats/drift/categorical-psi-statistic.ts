import { DriftOptionReader } from './drift-option-reader.js';
import type {
  CategoricalDriftInput,
  CategoricalDriftStatistic,
  DriftMeasurement,
  DriftOptions,
} from './drift-statistic.js';
import { measureCategoryDistance } from './measure-category-distance.js';

const SHARE_FLOOR = 1e-6;

/**
 * Population Stability Index of a categorical column: each category is a bucket, shares clipped to
 * [1e-6, 1] (not renormalised, as in the seeds), PSI = Σ (current − reference) ln(current / reference).
 * A category new in current adds about its share × 13.8. Drift and WARN from 0.1, FAIL from 0.25.
 * details: `referenceShares`, `currentShares` per category (clipped), `newCategories`, `vanishedCategories`.
 */
export const categoricalPsiStatistic: CategoricalDriftStatistic = {
  name: 'psi',
  label: 'Population Stability Index',
  kind: 'categorical',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  failThreshold: 0.25,
  compute: categoricalPsi,
};

function categoricalPsi(input: CategoricalDriftInput, options?: DriftOptions): DriftMeasurement {
  new DriftOptionReader('psi', options, []);
  return measureCategoryDistance('psi', input, (summary) => {
    const clip = (share: number) => Math.min(1, Math.max(SHARE_FLOOR, share));
    const referenceShares: Record<string, number> = {};
    const currentShares: Record<string, number> = {};
    let psi = 0;
    input.categories.forEach((category, i) => {
      const expected = clip(input.referenceCounts[i]! / summary.referenceTotal);
      const actual = clip(input.currentCounts[i]! / summary.currentTotal);
      psi += (actual - expected) * Math.log(actual / expected);
      referenceShares[category] = expected;
      currentShares[category] = actual;
    });
    return { statistic: psi, details: { referenceShares, currentShares } };
  });
}
