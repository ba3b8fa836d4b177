/**
 * The logical type of a column, which picks its storage in a Frame, its featurizer and its
 * default drift test.
 * - numeric: floats and wide-ranged integers (Float64Array, NaN = missing)
 * - categorical: a small set of labels (dictionary codes, -1 = missing)
 * - text: free text (strings, null = missing)
 * - datetime: instants (epoch milliseconds, NaN = missing)
 * - boolean: true / false (Uint8Array 1 / 0, 255 = missing)
 */
export type ColumnType = 'numeric' | 'categorical' | 'text' | 'datetime' | 'boolean';

/** Every column type, in a stable order (for validation messages and docs). */
export const COLUMN_TYPES: readonly ColumnType[] = ['numeric', 'categorical', 'text', 'datetime', 'boolean'];
