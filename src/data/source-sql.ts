import type { FileFormat } from './file-format.js';
import type { SourceColumn } from './source-column.js';
import { sqlString } from './sql-string.js';

/**
 * The DuckDB table function that reads `path` in `format`, as a SQL fragment for `FROM`.
 *
 * The dialect is fixed rather than sniffed, so that DuckDB only guesses column types and every
 * malformed file fails loudly instead of being read some other way:
 * - CSV is RFC 4180: comma, double-quote quoting with `""` escapes, a header line, no comments.
 * - TSV is the IANA text/tab-separated-values format: tab, a header line, no quoting at all.
 * - Both are strict: a row with too few or too many fields is an error (no null padding).
 * - JSON must hold objects (records); `.json` is an array of them (or one object), `.jsonl` one
 *   object per line.
 *
 * Options (CSV/TSV only): `textColumns` are read as text while DuckDB still guesses the others
 * (a schema file declared them text or categorical, so `007` must stay `007`); `headerOnly`
 * reads exactly those columns, all as text, without sniffing: used to find the line of a
 * structural error when the sniffer itself gave up. For JSON, `jsonColumns` fixes every
 * column's type (DuckDB's guesses with the text columns replaced), for the same reason.
 */
export function sourceSql(
  path: string,
  format: FileFormat,
  options: {
    textColumns?: readonly string[];
    headerOnly?: readonly string[];
    jsonColumns?: readonly SourceColumn[];
  } = {},
): string {
  const file = sqlString(path);
  switch (format) {
    case 'csv':
    case 'tsv': {
      const dialect =
        format === 'csv' ? `delim=',', quote='"', escape='"'` : `delim='\\t', quote='', escape=''`;
      const common = `header=true, skip=0, comment='', strict_mode=true, null_padding=false`;
      if (options.headerOnly !== undefined) {
        return `read_csv(${file}, ${dialect}, ${common}, auto_detect=false, columns={${asText(options.headerOnly)}})`;
      }
      const text = options.textColumns ?? [];
      return `read_csv(${file}, ${dialect}, ${common}${text.length > 0 ? `, types={${asText(text)}}` : ''})`;
    }
    case 'json':
    case 'jsonl': {
      const jsonFormat = format === 'json' ? 'auto' : 'newline_delimited';
      const fixed = options.jsonColumns;
      const columns =
        fixed === undefined || fixed.length === 0
          ? ''
          : `, columns={${fixed.map((column) => `${sqlString(column.name)}: ${sqlString(column.sourceType)}`).join(', ')}}`;
      return `read_json(${file}, format='${jsonFormat}', records=true${columns})`;
    }
    case 'parquet':
      return `read_parquet(${file})`;
  }
}

function asText(names: readonly string[]): string {
  return names.map((name) => `${sqlString(name)}: 'VARCHAR'`).join(', ');
}
