import type { ColumnType } from './column-type.js';

/** Missing marker of a categorical code. */
export const MISSING_CODE = -1;
/** Missing marker of a boolean cell. */
export const MISSING_BOOLEAN = 255;

export interface NumericColumn {
  readonly name: string;
  readonly type: 'numeric';
  /** NaN marks a missing value. */
  readonly values: Float64Array;
}

export interface CategoricalColumn {
  readonly name: string;
  readonly type: 'categorical';
  /** Index into `dictionary`; {@link MISSING_CODE} marks a missing value. */
  readonly codes: Int32Array;
  /** The distinct labels, in order of first appearance. */
  readonly dictionary: readonly string[];
}

export interface TextColumn {
  readonly name: string;
  readonly type: 'text';
  /** null marks a missing value. */
  readonly values: readonly (string | null)[];
}

export interface DatetimeColumn {
  readonly name: string;
  readonly type: 'datetime';
  /** Epoch milliseconds (UTC); NaN marks a missing value. */
  readonly values: Float64Array;
}

export interface BooleanColumn {
  readonly name: string;
  readonly type: 'boolean';
  /** 1 true, 0 false, {@link MISSING_BOOLEAN} missing. */
  readonly values: Uint8Array;
}

/** One column of a {@link Frame}, stored by its logical type. */
export type Column = NumericColumn | CategoricalColumn | TextColumn | DatetimeColumn | BooleanColumn;

/**
 * A columnar table: every column has `rowCount` cells, in typed arrays where the type allows.
 * It lives in core because statistics (which see only core) and learners both read it.
 */
export interface Frame {
  readonly rowCount: number;
  readonly columns: readonly Column[];
}

/** Narrowing helper: the column of the given type, for exhaustive switches. */
export type ColumnOfType<T extends ColumnType> = Extract<Column, { type: T }>;
