import type { CategoricalDriftStatistic, DriftOptions } from '../drift/drift-statistic.js';
import type { CategoricalColumnProfile } from '../drift-profile/column-profile.js';
import { categoricalHistogram } from './categorical-histogram.js';
import type { ColumnComparison } from './column-comparison.js';
import { measureSafely } from './measure-safely.js';

/** Labels listed as new or vanished, at most. */
const LISTED = 20;
/** Bars in a categorical histogram, at most. */
const BARS = 20;

/**
 * Compares the label counts of two sides with `statistic`, on one category list: the reference's
 * labels in order, then labels only the current side has. Lists `newCategories` (only in current)
 * and `vanishedCategories` (only in reference), most frequent first, at most 20 each.
 */
export function compareCategorical(
  reference: CategoricalColumnProfile,
  current: CategoricalColumnProfile,
  statistic: CategoricalDriftStatistic,
  options: DriftOptions,
): ColumnComparison {
  const categories = [...reference.counts.keys()];
  for (const label of current.counts.keys()) if (!reference.counts.has(label)) categories.push(label);
  const referenceCounts = Float64Array.from(categories, (label) => reference.counts.get(label) ?? 0);
  const currentCounts = Float64Array.from(categories, (label) => current.counts.get(label) ?? 0);
  const total = (counts: Float64Array) => counts.reduce((sum, count) => sum + count, 0);
  const only = (side: CategoricalColumnProfile, other: CategoricalColumnProfile) =>
    [...side.counts]
      .filter(([label]) => !other.counts.has(label))
      .sort((a, b) => b[1] - a[1])
      .slice(0, LISTED)
      .map(([label, count]) => ({ label, count }));
  return {
    ...measureSafely(statistic.name, () =>
      statistic.compute({ categories, referenceCounts, currentCounts }, options),
    ),
    histogram: categoricalHistogram(
      reference.counts,
      total(referenceCounts),
      current.counts,
      total(currentCounts),
      BARS,
    ),
    details: { newCategories: only(current, reference), vanishedCategories: only(reference, current) },
  };
}
