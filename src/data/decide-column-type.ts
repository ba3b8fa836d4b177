import type { ColumnType } from '../core/column-type.js';
import { duckdbTypeKind } from './duckdb-type-kind.js';

/** Integers with at most this many distinct values are labels (codes, ratings, flags). */
const MAX_CATEGORICAL_INTEGERS = 10;
/** Strings need more than this many values before they can count as free text. */
const MIN_TEXT_VALUES = 20;

/** What type inference knows about one column: its DuckDB type and two counts. */
export interface ColumnProfile {
  readonly sourceType: string;
  /** Values present (not null, not NaN). */
  readonly presentCount: number;
  /** Distinct present values. */
  readonly distinctCount: number;
  /** Every present value is a string that reads as a timestamp (ISO 8601). */
  readonly allTimestamps?: boolean;
}

/**
 * The logical type of a column and the rule that decided it, in words for `sextant schema`.
 * The rules start from Evidently's and are documented in docs/data.md:
 * 1. BOOLEAN → boolean.
 * 2. DATE / TIMESTAMP (including strings DuckDB recognised as dates), and JSON strings that
 *    all read as ISO 8601 timestamps → datetime.
 * 3. floating-point and DECIMAL → numeric: measurements.
 * 4. integers → categorical with at most {@link MAX_CATEGORICAL_INTEGERS} distinct values
 *    (codes, ratings, 0/1 flags), numeric otherwise (counts, amounts, ids).
 * 5. strings (and anything read through its text form) → text when there are more than
 *    {@link MIN_TEXT_VALUES} values and more than half of them are distinct (free text rarely
 *    repeats, labels do); categorical otherwise. Few values cannot tell labels from prose, and
 *    calling prose categorical costs less than the opposite, so small samples are categorical.
 */
export function decideColumnType(profile: ColumnProfile): { type: ColumnType; reason: string } {
  const { sourceType, presentCount, distinctCount } = profile;
  switch (duckdbTypeKind(sourceType)) {
    case 'boolean':
      return { type: 'boolean', reason: 'BOOLEAN values' };
    case 'datetime':
      return { type: 'datetime', reason: `${sourceType} values (dates and times)` };
    case 'float':
      return { type: 'numeric', reason: `${sourceType} is floating-point` };
    case 'integer':
      return distinctCount <= MAX_CATEGORICAL_INTEGERS
        ? {
            type: 'categorical',
            reason: `${sourceType} with ${plural(distinctCount, 'distinct value')} (at most ${MAX_CATEGORICAL_INTEGERS})`,
          }
        : {
            type: 'numeric',
            reason: `${sourceType} with ${plural(distinctCount, 'distinct value')} (more than ${MAX_CATEGORICAL_INTEGERS})`,
          };
    default: {
      if (profile.allTimestamps === true && duckdbTypeKind(sourceType) === 'string') {
        return { type: 'datetime', reason: `${sourceType} values that all read as timestamps (ISO 8601)` };
      }
      const of = `${distinctCount} distinct of ${plural(presentCount, 'value')}`;
      if (presentCount <= MIN_TEXT_VALUES) {
        return {
          type: 'categorical',
          reason: `${sourceType} with only ${plural(presentCount, 'value')} (${MIN_TEXT_VALUES} or fewer cannot show free text)`,
        };
      }
      return distinctCount * 2 > presentCount
        ? { type: 'text', reason: `${sourceType} with ${of} (more than half distinct)` }
        : { type: 'categorical', reason: `${sourceType} with ${of} (at most half distinct)` };
    }
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
