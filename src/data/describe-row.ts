import type { FileFormat } from './file-format.js';
import { findRecordLine } from './find-record-line.js';

/**
 * Where data row `rowIndex` (0-based, in file order) sits, in the words a message should use:
 * `line N` (1-based physical line, header included) for CSV, TSV and JSONL, which users open
 * in an editor; `row N` (1-based) for Parquet and JSON arrays, which have no useful lines.
 *
 * `columnCount` matters for CSV/TSV only: DuckDB skips blank lines when a file has several
 * columns but reads them as a missing value when it has one.
 */
export async function describeRow(
  path: string,
  format: FileFormat,
  rowIndex: number,
  columnCount: number,
): Promise<string> {
  if (format === 'json' || format === 'parquet') return `row ${rowIndex + 1}`;
  const line =
    format === 'jsonl'
      ? await findRecordLine(path, { quoted: false, target: rowIndex + 1, countBlank: false })
      : await findRecordLine(path, {
          quoted: format === 'csv',
          target: rowIndex + 2,
          countBlank: columnCount === 1,
        });
  return line === undefined ? `row ${rowIndex + 1}` : `line ${line}`;
}
