import { SextantError } from '../core/sextant-error.js';
import { showValue } from './show-value.js';

/**
 * COLUMN_ALL_NULL for `column` of `path`: it has no value in any of its `rowCount` rows, so
 * inference has nothing to type it by. Raised by openWithSchema from its profile, or by
 * readFrame from the data when the profile left the column's counts to it.
 */
export function columnAllNullError(path: string, column: string, rowCount: number): SextantError {
  return new SextantError(
    'COLUMN_ALL_NULL',
    `${path}: column ${showValue(column)} has no values in ${rowCount} rows, so its type cannot be inferred; ` +
      'drop it or declare its type in a schema file',
    { path, column },
  );
}
