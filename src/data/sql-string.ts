/**
 * A SQL string literal holding `value` exactly: single quotes doubled, so that a file path or a
 * label used in DuckDB SQL can never end the literal and inject SQL.
 *
 * @example sqlString("it's.csv") // 'it''s.csv'
 */
export function sqlString(value: string): string {
  if (value.includes('\0')) {
    throw new RangeError('a SQL string literal cannot hold a NUL character');
  }
  return `'${value.replaceAll("'", "''")}'`;
}
