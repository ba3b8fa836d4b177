import { DriftOptionReader } from './drift-option-reader.js';
import type {
  CategoricalDriftInput,
  CategoricalDriftStatistic,
  DriftMeasurement,
  DriftOptions,
} from './drift-statistic.js';
import { hellingerDistance } from './hellinger-distance.js';
import { measureCategoryDistance } from './measure-category-distance.js';

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
  return measureCategoryDistance('hellinger', input, (summary) => {
    const p = input.referenceCounts.map((count) => count / summary.referenceTotal);
    const q = input.currentCounts.map((count) => count / summary.currentTotal);
    return { statistic: hellingerDistance(p, q) };
  });
}
