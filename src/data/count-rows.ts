import { FileSource } from './file-source.js';
import { withDuckDB } from './with-duckdb.js';

/**
 * The number of data rows in a CSV, TSV, JSON, JSON-lines or Parquet file, as readFrame reads it.
 *
 * Why: readFrame sizes its typed arrays from a row count before it streams the file. When every
 * column's type is already settled (the current file of a drift check takes the reference's),
 * that count is all its first pass does; counted here while something else keeps the machine
 * half idle (the reference file streaming) and handed over as `rowCount`, it costs no time.
 *
 * @example const rows = await countRows('today.csv');
 * @throws the SextantErrors of opening the file (missing, empty, malformed, with line and column).
 */
export function countRows(path: string): Promise<number> {
  return withDuckDB(async (connection) => {
    const source = await FileSource.open(connection, path);
    const [[count] = []] = await source.rows('count(*)');
    return Number(count ?? 0);
  });
}
