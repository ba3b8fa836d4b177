import { stat } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnSchema, DatasetSchema } from '../core/dataset-schema.js';
import { SextantError } from '../core/sextant-error.js';
import { columnAllNullError } from './column-all-null-error.js';
import { decideColumnType } from './decide-column-type.js';
import { describeRow } from './describe-row.js';
import { FileSource } from './file-source.js';
import { findFirstInvalid } from './find-first-invalid.js';
import { type ProfileRequest, profileColumns } from './profile-columns.js';
import type { ColumnOverride, SchemaOverrides } from './schema-overrides.js';
import { showValue } from './show-value.js';

/** Files larger than this get estimated (HyperLogLog) distinct counts for float and datetime columns. */
const EXACT_DISTINCT_MAX_BYTES = 64 * 1024 * 1024;
/** Options shared by inferSchema and readFrame. */
export interface SchemaOptions {
  /** A parsed schema file: its types win over inference, its required columns must exist. */
  readonly overrides?: SchemaOverrides;
  /** Column names the file must have (COLUMN_MISSING otherwise). */
  readonly required?: readonly string[];
  /** Only these columns, in this order (each must exist); all columns in file order otherwise. */
  readonly columns?: readonly string[];
  /**
   * Files larger than this many bytes (default 64 MiB) get estimated distinct counts for float and
   * datetime columns, and may leave counts to their reader (see openWithSchema).
   */
  readonly exactDistinctMaxBytes?: number;
}

/**
 * Opens `path` and works out the schema of the selected columns: checks required columns,
 * profiles the columns in one DuckDB pass, then rejects a file with no rows (FILE_EMPTY), a
 * value the schema file's type cannot read (VALUE_INVALID, with its line and column) and a
 * column without a single value (COLUMN_ALL_NULL, unless the schema file gives its type).
 *
 * With `leaveCountsToReader`, on a file over `exactDistinctMaxBytes`, columns whose type does not
 * depend on counts (declared, float, datetime, boolean) are left to a reader that counts them in
 * the data it reads (readFrame), as `leftToReader` says per schema column (see profileColumns):
 * their `missingCount` and `distinctCount` are 0 and `nullable` false, and the reader raises
 * COLUMN_ALL_NULL for an undeclared one without values (here, only when a column after it has none).
 * A known `rowCount` (see countRows) then spares the pass when it would count nothing else.
 */
export async function openWithSchema(
  connection: DuckDBConnection,
  path: string,
  options: SchemaOptions & { readonly leaveCountsToReader?: boolean; readonly rowCount?: number },
): Promise<{ source: FileSource; schema: DatasetSchema; leftToReader: readonly boolean[] }> {
  const overrides: ReadonlyMap<string, ColumnOverride> = options.overrides?.columns ?? new Map();
  const textColumns = [...overrides].filter(([, o]) => o.type === 'text' || o.type === 'categorical');
  const source = await FileSource.open(connection, path, { textColumns: textColumns.map(([name]) => name) });
  const byName = new Map(source.columns.map((column) => [column.name, column]));
  const required = [...overrides].filter(([, o]) => o.required).map(([name]) => name);
  for (const name of [...(options.required ?? []), ...required, ...(options.columns ?? [])]) {
    if (!byName.has(name)) throw missingColumn(path, name, [...byName.keys()]);
  }
  const names = options.columns ?? source.columns.map((column) => column.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) {
    throw new SextantError('INVALID_ARGUMENT', `the column list names ${showValue(repeated)} twice`, {
      column: repeated,
    });
  }
  const requests: ProfileRequest[] = names.map((name) => {
    const type = overrides.get(name)?.type;
    return type === undefined ? { column: byName.get(name)! } : { column: byName.get(name)!, type };
  });
  const estimateDistinct =
    (await stat(path)).size > (options.exactDistinctMaxBytes ?? EXACT_DISTINCT_MAX_BYTES);
  const { rowCount, counts } = await profileColumns(source, requests, {
    estimateDistinct,
    leaveToReader: estimateDistinct && options.leaveCountsToReader === true,
    ...(options.rowCount === undefined ? {} : { rowCount: options.rowCount }),
  });
  if (rowCount === 0) {
    const what = source.format === 'csv' || source.format === 'tsv' ? 'a header but no rows' : 'no rows';
    throw new SextantError('FILE_EMPTY', `${path}: the file has ${what}`, { path });
  }
  const checks = requests.flatMap((request, index) =>
    request.type !== undefined && (counts[index]?.invalidCount ?? 0) > 0
      ? [{ ...request, type: request.type }]
      : [],
  );
  const invalid = await findFirstInvalid(source, checks);
  if (invalid !== undefined) {
    const where = await describeRow(path, source.format, invalid.rowIndex, source.columns.length);
    throw new SextantError(
      'VALUE_INVALID',
      `${path}: ${where}, column ${showValue(invalid.column)}: ${showValue(invalid.value)} cannot be read as ${invalid.type}, ` +
        `the type ${options.overrides?.source ?? 'the schema file'} declares`,
      { path, column: invalid.column, value: invalid.value, type: invalid.type, where },
    );
  }
  const leftToReader = requests.map((_, index) => counts[index]?.leftToReader ?? false);
  const allNull = requests.findIndex(
    ({ type }, index) => type === undefined && !leftToReader[index] && counts[index]?.presentCount === 0,
  );
  if (allNull >= 0) {
    // The first column without values is named, even when the reader would have found it.
    const earlier = requests.filter(
      ({ type }, index) => index < allNull && type === undefined && leftToReader[index],
    );
    const recounted =
      earlier.length === 0 ? [] : (await profileColumns(source, earlier, { estimateDistinct: true })).counts;
    const first = earlier.find((_, index) => recounted[index]?.presentCount === 0) ?? requests[allNull]!;
    throw columnAllNullError(path, first.column.name, rowCount);
  }
  const columns = requests.map(({ column, type }, index): ColumnSchema => {
    const {
      presentCount = 0,
      distinctCount = 0,
      distinctApproximate = false,
      allTimestamps = false,
    } = counts[index] ?? {};
    const decided =
      type === undefined
        ? decideColumnType({ ...column, presentCount, distinctCount, allTimestamps })
        : undefined;
    const missingCount = leftToReader[index] ? 0 : rowCount - presentCount;
    return {
      name: column.name,
      type: type ?? decided!.type,
      sourceType: column.sourceType,
      nullable: missingCount > 0,
      missingCount,
      distinctCount,
      ...(distinctApproximate ? { distinctApproximate } : {}),
      overridden: type !== undefined,
      reason: decided?.reason ?? `declared ${type} by ${options.overrides?.source ?? 'the schema file'}`,
    };
  });
  return { source, schema: { columns, rowCount }, leftToReader };
}

function missingColumn(path: string, name: string, present: readonly string[]): SextantError {
  const near = present.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const hint = near === undefined ? '' : ` (did you mean ${showValue(near)}?)`;
  const listed = present.length > 12 ? `${present.slice(0, 12).join(', ')}, ...` : present.join(', ');
  return new SextantError(
    'COLUMN_MISSING',
    `${path}: column ${showValue(name)} is missing${hint}; the file has ${listed}`,
    {
      path,
      column: name,
    },
  );
}
