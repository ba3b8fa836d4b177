import type { DuckDBConnection } from '@duckdb/node-api';
import { SextantError } from '../core/sextant-error.js';
import type { FileFormat } from './file-format.js';
import { findDuplicateName } from './find-duplicate-name.js';
import { locateJsonSyntaxError } from './locate-json-syntax-error.js';
import { readHeaderFields } from './read-header-fields.js';
import { showValue } from './show-value.js';
import { sqlString } from './sql-string.js';

/**
 * Checks that no two columns of the file share a name (ignoring case) and returns the names as
 * written (for CSV/TSV, the header fields). Throws DUPLICATE_COLUMN naming both spellings.
 *
 * Why here and not from DuckDB's column list: DuckDB silently renames the second `a` to `a_1`,
 * so each format is checked at its source: the CSV/TSV header line, every key of every JSON
 * object (a repeat inside one object too), the top-level fields of the Parquet schema.
 * DuckDB errors raised by the JSON scan are left for the caller to map.
 */
export async function checkColumnNames(
  connection: DuckDBConnection,
  path: string,
  format: FileFormat,
): Promise<readonly string[]> {
  let names: readonly string[];
  switch (format) {
    case 'csv':
    case 'tsv':
      names = await readHeaderFields(path, format === 'csv' ? ',' : '\t', format === 'csv');
      break;
    case 'json':
    case 'jsonl':
      names = await jsonKeys(connection, path, format);
      break;
    case 'parquet': {
      const reader = await connection.runAndReadAll(
        `SELECT name, num_children FROM parquet_schema(${sqlString(path)})`,
      );
      names = topLevelNames(
        reader.getRowsJS().map(([name, children]) => [String(name), Number(children ?? 0)]),
      );
      break;
    }
  }
  const duplicate = findDuplicateName(names);
  if (duplicate !== undefined) {
    const what = duplicate.first === duplicate.second ? 'twice' : `twice (as ${showValue(duplicate.first)})`;
    throw new SextantError(
      'DUPLICATE_COLUMN',
      `${path}: column ${showValue(duplicate.second)} appears ${what}`,
      {
        path,
        column: duplicate.second,
      },
    );
  }
  return names;
}

/** Every key of every object, after checking each value is an object with no repeated key. */
async function jsonKeys(
  connection: DuckDBConnection,
  path: string,
  format: 'json' | 'jsonl',
): Promise<string[]> {
  const objects = `read_json_objects(${sqlString(path)}, format='${format === 'json' ? 'auto' : 'newline_delimited'}')`;
  const repeatedKey = 'list_filter(k, lambda x: len(list_filter(k, lambda y: y = x)) > 1)[1]';
  const reader = await connection.runAndReadAll(
    `SELECT count(*), count(*) FILTER (WHERE json_type(json) <> 'OBJECT'), ` +
      `any_value(${repeatedKey}) FILTER (WHERE len(k) <> len(list_distinct(k))), list(DISTINCT k) ` +
      `FROM (SELECT json, json_keys(json) AS k FROM ${objects})`,
  );
  const [objectCount, nonObjects, repeated, keyLists] = reader.getRowsJS()[0] ?? [];
  if (Number(objectCount ?? 0) === 0) {
    throw new SextantError('FILE_EMPTY', `${path}: the file holds no JSON records`, { path });
  }
  if (Number(nonObjects ?? 0) > 0) {
    const where = (await locateJsonSyntaxError(path, format))?.line;
    throw new SextantError(
      'FILE_PARSE_ERROR',
      `${path}: ${where === undefined ? '' : `line ${where}: `}expected JSON objects, found ${nonObjects} other value(s)`,
      where === undefined ? { path } : { path, line: where },
    );
  }
  if (typeof repeated === 'string') {
    throw new SextantError(
      'DUPLICATE_COLUMN',
      `${path}: key ${showValue(repeated)} appears twice in one object`,
      {
        path,
        column: repeated,
      },
    );
  }
  const keys = new Set<string>();
  for (const list of Array.isArray(keyLists) ? keyLists : []) {
    for (const key of Array.isArray(list) ? list : []) keys.add(String(key));
  }
  if (keys.size === 0)
    throw new SextantError('FILE_EMPTY', `${path}: the JSON records have no fields`, { path });
  return [...keys];
}

/** The direct children of the schema root, skipping nested fields (listed depth-first). */
function topLevelNames(nodes: readonly (readonly [string, number])[]): string[] {
  const names: string[] = [];
  let index = 1;
  const skip = (): void => {
    const node = nodes[index++];
    for (let child = 0; child < (node?.[1] ?? 0); child++) skip();
  };
  const rootChildren = nodes[0]?.[1] ?? 0;
  for (let child = 0; child < rootChildren && index < nodes.length; child++) {
    names.push(nodes[index]?.[0] ?? '');
    skip();
  }
  return names;
}
