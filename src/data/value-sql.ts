import type { ColumnType } from '../core/column-type.js';
import { duckdbTypeKind } from './duckdb-type-kind.js';
import type { SourceColumn } from './source-column.js';
import { sqlIdentifier } from './sql-identifier.js';

/**
 * A SQL expression turning `column` into the value a Frame of logical `type` stores, NULL
 * where the value is missing or cannot be read as that type:
 * - numeric: DOUBLE (booleans as 1/0, dates as epoch milliseconds, strings parsed; NaN and
 *   ±Infinity kept as they are)
 * - datetime: epoch milliseconds as DOUBLE (strings parsed as ISO 8601, UTC unless they say
 *   otherwise; numbers are refused rather than guessed as seconds or milliseconds)
 * - boolean: BOOLEAN (numbers 1/0 only; strings true/false, t/f, yes/no, 1/0)
 * - categorical, text: VARCHAR (nested values as JSON)
 *
 * Comparing it with the raw column finds the values a schema file's type cannot read.
 */
export function valueSql(column: SourceColumn, type: ColumnType): string {
  const name = sqlIdentifier(column.name);
  const kind = duckdbTypeKind(column.sourceType);
  const asText =
    kind === 'string'
      ? name
      : kind === 'nested'
        ? `CAST(to_json(${name}) AS VARCHAR)`
        : `CAST(${name} AS VARCHAR)`;
  switch (type) {
    case 'numeric':
      if (kind === 'float' || kind === 'integer' || kind === 'boolean') return `CAST(${name} AS DOUBLE)`;
      if (kind === 'datetime') return `CAST(epoch_ms(${name}) AS DOUBLE)`;
      return `TRY_CAST(${asText} AS DOUBLE)`;
    case 'datetime':
      if (kind === 'datetime') return `CAST(epoch_ms(${name}) AS DOUBLE)`;
      if (kind === 'float' || kind === 'integer' || kind === 'boolean') return `CAST(NULL AS DOUBLE)`;
      return `CAST(epoch_ms(TRY_CAST(${asText} AS TIMESTAMPTZ)) AS DOUBLE)`;
    case 'boolean':
      if (kind === 'boolean') return name;
      if (kind === 'float' || kind === 'integer') {
        return `CASE WHEN ${name} = 1 THEN true WHEN ${name} = 0 THEN false END`;
      }
      return `TRY_CAST(${asText} AS BOOLEAN)`;
    case 'categorical':
    case 'text':
      return asText;
  }
}
