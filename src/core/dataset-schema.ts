import type { ColumnType } from './column-type.js';

/** How one column is typed, and why (inferred from data, or set by a schema file). */
export interface ColumnSchema {
  readonly name: string;
  readonly type: ColumnType;
  /** The physical type read from the file (for example DOUBLE, BIGINT, VARCHAR). */
  readonly sourceType: string;
  /** Whether any value is missing in the data this schema was inferred from. */
  readonly nullable: boolean;
  /** Count of missing values in the data this schema was inferred from. */
  readonly missingCount: number;
  /** Count of distinct non-missing values. */
  readonly distinctCount: number;
  /**
   * True when `distinctCount` is a HyperLogLog estimate (floating-point and datetime columns, whose type
   * does not depend on it; DuckDB's estimate can be 10-15 % off), false or absent when it is exact.
   */
  readonly distinctApproximate?: boolean;
  /** True when a schema file fixed this column's type instead of inference. */
  readonly overridden: boolean;
  /** The inference rule that decided the type, in words (shown by `sextant schema`). */
  readonly reason: string;
}

/** The schema of a dataset: its columns in file order and its row count. */
export interface DatasetSchema {
  readonly columns: readonly ColumnSchema[];
  readonly rowCount: number;
}
