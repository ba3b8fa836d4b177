import type { Column } from '../core/frame.js';

/**
 * Any column as float64 numbers, NaN missing, for a column the user declared numeric
 * (`--numeric rating`) whatever its inferred type: booleans as 1/0, instants as epoch milliseconds,
 * labels and text parsed as decimal numbers (NaN when they are not one). A numeric column is returned
 * as is, without a copy.
 */
export function columnAsNumbers(column: Column): Float64Array {
  switch (column.type) {
    case 'numeric':
    case 'datetime':
      return column.values;
    case 'boolean':
      return Float64Array.from(column.values, (v) => (v === 0 ? 0 : v === 1 ? 1 : Number.NaN));
    case 'categorical': {
      const parsed = column.dictionary.map(parseNumber);
      return Float64Array.from(column.codes, (code) => (code < 0 ? Number.NaN : parsed[code]!));
    }
    case 'text':
      return Float64Array.from(column.values, (v) => (v === null ? Number.NaN : parseNumber(v)));
  }
}

function parseNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}
