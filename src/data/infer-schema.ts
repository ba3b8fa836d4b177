import type { DatasetSchema } from '../core/dataset-schema.js';
import { openWithSchema } from './open-with-schema.js';
import type { SchemaOverrides } from './schema-overrides.js';
import { withDuckDB } from './with-duckdb.js';

/** Options of {@link inferSchema}. */
export interface InferSchemaOptions {
  /** A parsed schema file (see parseSchemaFile): its types win over inference. */
  readonly overrides?: SchemaOverrides;
  /** Column names the file must have. */
  readonly required?: readonly string[];
}

/**
 * The schema of a CSV, TSV, JSON, JSON-lines or Parquet file: per column its logical type,
 * DuckDB type, missing and distinct counts, and the rule that decided the type (see
 * decideColumnType and docs/data.md). What `sextant schema FILE` prints.
 *
 * DuckDB computes every count with SQL aggregates in one parallel pass, so no row is
 * materialized in JavaScript and a file of millions of rows takes about a second.
 *
 * @example const { columns } = await inferSchema('weather.csv'); // columns[0].type === 'datetime'
 * @throws SextantError FILE_NOT_FOUND, FILE_EMPTY, FILE_FORMAT_UNSUPPORTED, FILE_PARSE_ERROR,
 * DUPLICATE_COLUMN, COLUMN_MISSING, COLUMN_ALL_NULL or VALUE_INVALID, each naming the file
 * (and the line and column where one is to blame).
 */
export function inferSchema(path: string, options: InferSchemaOptions = {}): Promise<DatasetSchema> {
  return withDuckDB(async (connection) => (await openWithSchema(connection, path, options)).schema);
}
