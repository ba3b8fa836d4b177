import { SextantError } from '../../core/sextant-error.js';
import type { CategoricalDriftInput } from './drift-statistic.js';

/** Totals of a categorical input and the categories seen on one side only. */
export interface CategorySummary {
  readonly referenceTotal: number;
  readonly currentTotal: number;
  /** Present in current, absent from reference: a new category. */
  readonly newCategories: readonly string[];
  /** Present in reference, absent from current: a vanished category. */
  readonly vanishedCategories: readonly string[];
}

/**
 * Checks a categorical input (counts aligned with the category list, finite and non-negative) and
 * summarises it. Every categorical statistic reports the new and vanished categories in its details,
 * because a category that appears or disappears is often the most useful thing a drift report can say.
 * A malformed input is a programming error upstream, reported as INVALID_ARGUMENT naming the statistic.
 */
export function summarizeCategories(statistic: string, input: CategoricalDriftInput): CategorySummary {
  const { categories, referenceCounts, currentCounts } = input;
  if (referenceCounts.length !== categories.length || currentCounts.length !== categories.length) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `drift test ${statistic}: ${categories.length} categories but ${referenceCounts.length} reference and ${currentCounts.length} current counts`,
      { statistic },
    );
  }
  let referenceTotal = 0;
  let currentTotal = 0;
  const newCategories: string[] = [];
  const vanishedCategories: string[] = [];
  for (let i = 0; i < categories.length; i++) {
    const r = referenceCounts[i]!;
    const c = currentCounts[i]!;
    if (!(r >= 0 && c >= 0 && Number.isFinite(r) && Number.isFinite(c))) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `drift test ${statistic}: counts must be finite and non-negative`,
        {
          statistic,
          category: categories[i],
        },
      );
    }
    referenceTotal += r;
    currentTotal += c;
    if (r === 0 && c > 0) newCategories.push(categories[i]!);
    if (c === 0 && r > 0) vanishedCategories.push(categories[i]!);
  }
  return { referenceTotal, currentTotal, newCategories, vanishedCategories };
}
