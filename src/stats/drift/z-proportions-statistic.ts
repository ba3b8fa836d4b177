import { SextantError } from '../../core/sextant-error.js';
import { normalSf } from '../math/normal-sf.js';
import { DriftOptionReader } from './drift-option-reader.js';
import type {
  CategoricalDriftInput,
  CategoricalDriftStatistic,
  DriftMeasurement,
  DriftOptions,
} from './drift-statistic.js';
import { insufficientData } from './insufficient-data.js';
import { summarizeCategories } from './summarize-categories.js';

/**
 * Two-proportion z-test for a binary column (at most two categories), pooled, two-sided, as Evidently's
 * `z`: for the first category of the list, z = (p_ref − p_cur) / √(P(1 − P)(1/n_ref + 1/n_cur)) with the
 * pooled share P, and p = 2 P(Z > |z|). Positive z means the first category is more common in the
 * reference. More than two categories is an INVALID_ARGUMENT (use `chisquare`). When the first category's
 * pooled share is 0 or 1 (one label on both sides) the samples cannot differ: statistic 0, p-value 1, as
 * Evidently. Threshold 0.05.
 * details: `category` tested, `referenceShare`, `currentShare`, `newCategories`, `vanishedCategories`.
 */
export const zProportionsStatistic: CategoricalDriftStatistic = {
  name: 'z_proportions',
  label: 'Z-test for two proportions',
  kind: 'categorical',
  scoreKind: 'p_value',
  defaultThreshold: 0.05,
  compute: zProportions,
};

function zProportions(input: CategoricalDriftInput, options?: DriftOptions): DriftMeasurement {
  new DriftOptionReader('z_proportions', options, []);
  const summary = summarizeCategories('z_proportions', input);
  if (input.categories.length > 2) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `drift test z_proportions needs a binary column, got ${input.categories.length} categories; use chisquare`,
      { statistic: 'z_proportions', categories: input.categories.length },
    );
  }
  const changes = { newCategories: summary.newCategories, vanishedCategories: summary.vanishedCategories };
  const n1 = summary.referenceTotal;
  const n2 = summary.currentTotal;
  if (n1 === 0 || n2 === 0)
    return insufficientData('p_value', { minimum: 1, referenceSize: n1, currentSize: n2, ...changes });
  const category = input.categories[0];
  const referenceShare = (input.referenceCounts[0] ?? 0) / n1;
  const currentShare = (input.currentCounts[0] ?? 0) / n2;
  const pooled = (referenceShare * n1 + currentShare * n2) / (n1 + n2);
  const details = { category, referenceShare, currentShare, ...changes };
  if (pooled === 0 || pooled === 1)
    return { statistic: 0, pValue: 1, details: { ...details, note: 'one label on both sides' } };
  const z = (referenceShare - currentShare) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))), details };
}
