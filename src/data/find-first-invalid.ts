import type { ColumnType } from '../core/column-type.js';
import type { FileSource } from './file-source.js';
import type { SourceColumn } from './source-column.js';
import { sqlIdentifier } from './sql-identifier.js';
import { valueSql } from './value-sql.js';

/** The first value, in file order, that cannot be read as its column's declared type. */
export interface InvalidValue {
  /** 0-based data row. */
  readonly rowIndex: number;
  readonly column: string;
  readonly type: ColumnType;
  /** The value as text. */
  readonly value: string;
}

/**
 * Streams the file once to find the first row where one of `checks` (columns and the types a
 * schema file gave them) fails, so that the error can name its line. Only called after the
 * profile counted at least one invalid value, so the common path never pays for it.
 */
export async function findFirstInvalid(
  source: FileSource,
  checks: readonly { column: SourceColumn; type: ColumnType }[],
): Promise<InvalidValue | undefined> {
  if (checks.length === 0) return undefined;
  const failed = checks.map(({ column, type }) => {
    const raw = sqlIdentifier(column.name);
    return `${raw} IS NOT NULL AND (${valueSql(column, type)}) IS NULL`;
  });
  const which = `CASE ${failed.map((condition, index) => `WHEN ${condition} THEN ${index}`).join(' ')} ELSE -1 END`;
  const value = `CASE ${failed
    .map((condition, index) => `WHEN ${condition} THEN ${valueSql(checks[index]!.column, 'text')}`)
    .join(' ')} END`;
  let offset = 0;
  for await (const chunk of source.chunks(`CAST(${which} AS INTEGER), ${value}`)) {
    const indexes = chunk.getColumnVector(0);
    for (let row = 0; row < chunk.rowCount; row++) {
      const index = indexes.getItem(row) as number;
      const check = checks[index];
      if (check !== undefined) {
        const text = chunk.getColumnVector(1).getItem(row);
        return { rowIndex: offset + row, column: check.column.name, type: check.type, value: String(text) };
      }
    }
    offset += chunk.rowCount;
  }
  return undefined;
}
