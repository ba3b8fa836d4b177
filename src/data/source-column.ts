/** A column as DuckDB reads it from a file: its name and its physical DuckDB type. */
export interface SourceColumn {
  readonly name: string;
  /** The DuckDB type name, for example DOUBLE, BIGINT, VARCHAR, TIMESTAMP, STRUCT(x BIGINT). */
  readonly sourceType: string;
}
