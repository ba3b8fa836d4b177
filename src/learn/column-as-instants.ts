import type { Column } from '../core/frame.js';
import { SextantError } from '../core/sextant-error.js';

/**
 * A column as epoch milliseconds (UTC), NaN missing, for the datetime-parts featurizer. Text and
 * labels are parsed as ISO 8601 (NaN when they are not); numbers and booleans are refused rather than
 * guessed as seconds or milliseconds, the rule the data layer follows.
 */
export function columnAsInstants(column: Column): Float64Array {
  switch (column.type) {
    case 'datetime':
      return column.values;
    case 'text':
      return Float64Array.from(column.values, (v) => (v === null ? Number.NaN : Date.parse(v)));
    case 'categorical': {
      const parsed = column.dictionary.map((label) => Date.parse(label));
      return Float64Array.from(column.codes, (code) => (code < 0 ? Number.NaN : parsed[code]!));
    }
    default:
      throw new SextantError(
        'INVALID_ARGUMENT',
        `column "${column.name}" is ${column.type}; datetime parts need datetime or ISO 8601 text values`,
        { column: column.name },
      );
  }
}
