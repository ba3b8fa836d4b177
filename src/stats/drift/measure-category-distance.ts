import type { CategoricalDriftInput, DriftMeasurement } from './drift-statistic.js';
import { insufficientData } from './insufficient-data.js';
import { type CategorySummary, summarizeCategories } from './summarize-categories.js';

/**
 * The frame every categorical distance shares: check and total the counts, answer "insufficient data"
 * when a side is empty, and report new and vanished categories in `details` beside whatever `measure`
 * adds. `measure` only computes the distance from the (non-empty) counts.
 */
export function measureCategoryDistance(
  name: string,
  input: CategoricalDriftInput,
  measure: (summary: CategorySummary) => { statistic: number; details?: Readonly<Record<string, unknown>> },
): DriftMeasurement {
  const summary = summarizeCategories(name, input);
  const changes = { newCategories: summary.newCategories, vanishedCategories: summary.vanishedCategories };
  if (summary.referenceTotal === 0 || summary.currentTotal === 0) {
    return insufficientData('distance', {
      minimum: 1,
      referenceSize: summary.referenceTotal,
      currentSize: summary.currentTotal,
      ...changes,
    });
  }
  const { statistic, details } = measure(summary);
  return { statistic, details: { ...details, ...changes } };
}
