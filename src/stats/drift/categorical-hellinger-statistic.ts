import { DriftOptionReader } from './drift-option-reader.js';
import type {
  CategoricalDriftInput,
  CategoricalDriftStatistic,
  DriftMeasurement,
  DriftOptions,
} from './drift-statistic.js';
import { hellingerDistance } from './hellinger-distance.js';
import { insufficientData } from './insufficient-data.js';
import { summarizeCategories } from './summarize-categories.js';

/**
 * Hellinger distance between the category distributions, √(Σ (√pᵢ − √qᵢ)²) / √2 in [0, 1], threshold 0.1
 * as in Evidently. details: `newCategories`, `vanishedCategories`.
 */
export const categoricalHellingerStatistic: CategoricalDriftStatistic = {
  name: 'hellinger',
  label: 'Hellinger distance',
  kind: 'categorical',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  compute: categoricalHellinger,
};

function categoricalHellinger(input: CategoricalDriftInput, options?: DriftOptions): DriftMeasurement {
  new DriftOptionReader('hellinger', options, []);
  const summary = summarizeCategories('hellinger', input);
  const changes = { newCategories: summary.newCategories, vanishedCategories: summary.vanishedCategories };
  if (summary.referenceTotal === 0 || summary.currentTotal === 0) {
    return insufficientData('distance', {
      minimum: 1,
      referenceSize: summary.referenceTotal,
      currentSize: summary.currentTotal,
      ...changes,
    });
  }
  const p = input.referenceCounts.map((count) => count / summary.referenceTotal);
  const q = input.currentCounts.map((count) => count / summary.currentTotal);
  return { statistic: hellingerDistance(p, q), details: changes };
}
