import type { ColumnType } from '../core/column-type.js';

/** What a schema file says about one column. */
export interface ColumnOverride {
  /** The logical type, replacing inference; absent when only `required` is set. */
  readonly type?: ColumnType;
  /** The data must have this column (COLUMN_MISSING otherwise). */
  readonly required: boolean;
}

/**
 * A parsed schema file: per column name (matched exactly), a type that wins over inference
 * and whether the column is required. Columns it names that the data lacks are ignored unless
 * required. A Map, so that any column name (even `__proto__`) is safe.
 */
export interface SchemaOverrides {
  /** The schema file, for messages. */
  readonly source: string;
  readonly columns: ReadonlyMap<string, ColumnOverride>;
}
