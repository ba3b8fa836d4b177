import type { Column } from '../core/frame.js';

/**
 * Any column as strings, null missing, for a column the user declared text (`--text subject`) that
 * inference typed otherwise: labels as themselves, numbers as decimal text, booleans as
 * "true"/"false", instants as ISO 8601.
 */
export function columnAsTexts(column: Column): readonly (string | null)[] {
  switch (column.type) {
    case 'text':
      return column.values;
    case 'categorical':
      return Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]!));
    case 'boolean':
      return Array.from(column.values, (v) => (v === 1 ? 'true' : v === 0 ? 'false' : null));
    case 'numeric':
      return Array.from(column.values, (v) => (Number.isNaN(v) ? null : String(v)));
    case 'datetime':
      return Array.from(column.values, (v) => (Number.isNaN(v) ? null : new Date(v).toISOString()));
  }
}
