/**
 * A quoted SQL identifier naming the column `name` exactly: double quotes doubled, so that any
 * column name (spaces, quotes, keywords) can be used in DuckDB SQL without injecting SQL.
 *
 * @example sqlIdentifier('say "hi"') // "say ""hi"""
 */
export function sqlIdentifier(name: string): string {
  if (name.includes('\0')) {
    throw new RangeError('a SQL identifier cannot hold a NUL character');
  }
  return `"${name.replaceAll('"', '""')}"`;
}
