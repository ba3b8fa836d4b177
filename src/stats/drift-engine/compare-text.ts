import type { DriftOptions } from '../drift/drift-statistic.js';
import type { TextDriftStatistic } from '../drift/text-drift-statistic.js';
import type { TextColumnProfile } from '../drift-profile/column-profile.js';
import { categoricalHistogram } from './categorical-histogram.js';
import type { ColumnComparison } from './column-comparison.js';
import { measureSafely } from './measure-safely.js';

/** Words shown in a text column's histogram, at most. */
const BARS = 15;

/**
 * Compares the word counts of two sides of a text column with `statistic`; the histogram shows the
 * most prominent words' shares of all word occurrences on each side.
 */
export function compareText(
  reference: TextColumnProfile,
  current: TextColumnProfile,
  statistic: TextDriftStatistic,
  options: DriftOptions,
): ColumnComparison {
  return {
    ...measureSafely(statistic.name, () =>
      statistic.compute(
        {
          reference,
          current,
          ...(reference.texts && current.texts
            ? { documents: { reference: reference.texts, current: current.texts } }
            : {}),
        },
        options,
      ),
    ),
    histogram: categoricalHistogram(reference.words, reference.tokens, current.words, current.tokens, BARS),
  };
}
