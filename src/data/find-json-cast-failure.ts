import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceColumn } from './source-column.js';
import { sqlIdentifier } from './sql-identifier.js';
import { sqlString } from './sql-string.js';

/**
 * The first column of JSON record `recordIndex` (0-based) whose value does not fit the type
 * DuckDB guessed for that column from the first records, with the value as written.
 *
 * Why: DuckDB's "JSON transform error" names the record but not the column. Reading that one
 * record again with every column as text and trying each cast finds it. Error path only.
 */
export async function findJsonCastFailure(
  connection: DuckDBConnection,
  path: string,
  format: 'json' | 'jsonl',
  columns: readonly SourceColumn[],
  recordIndex: number,
): Promise<{ column: string; value: string } | undefined> {
  if (columns.length === 0) return undefined;
  const asText = columns.map((column) => `${sqlString(column.name)}: 'VARCHAR'`).join(', ');
  const jsonFormat = format === 'json' ? 'auto' : 'newline_delimited';
  const checks = columns.map((column, index) => {
    const name = sqlIdentifier(column.name);
    return `CASE WHEN ${name} IS NOT NULL AND TRY_CAST(${name} AS ${column.sourceType}) IS NULL THEN ${name} END AS c${index}`;
  });
  const reader = await connection.runAndReadAll(
    `SELECT ${checks.join(', ')} FROM read_json(${sqlString(path)}, format='${jsonFormat}', records=true, ` +
      `columns={${asText}}) LIMIT 1 OFFSET ${Math.max(0, Math.trunc(recordIndex))}`,
  );
  const row = reader.getRowsJS()[0];
  if (row === undefined) return undefined;
  for (const [index, value] of row.entries()) {
    const column = columns[index];
    if (value !== null && column !== undefined) return { column: column.name, value: String(value) };
  }
  return undefined;
}
