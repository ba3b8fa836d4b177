import type { ColumnType } from '../core/column-type.js';
import { duckdbTypeKind } from './duckdb-type-kind.js';
import type { FileSource } from './file-source.js';
import { mayRejectValues } from './may-reject-values.js';
import type { SourceColumn } from './source-column.js';
import { sqlIdentifier } from './sql-identifier.js';
import { valueSql } from './value-sql.js';

/** One column to profile; `type` is set when a schema file fixed it. */
export interface ProfileRequest {
  readonly column: SourceColumn;
  readonly type?: ColumnType;
}

/** Counts over one column, computed by DuckDB. */
export interface ColumnCounts {
  /** Values present: not null, not NaN, and readable as `type` when one is set. */
  readonly presentCount: number;
  readonly distinctCount: number;
  /** The distinct count is a HyperLogLog estimate (float and datetime columns). */
  readonly distinctApproximate: boolean;
  /** Values present in the file that cannot be read as `type` (0 without a type). */
  readonly invalidCount: number;
  /** A JSON string column (without a type) whose present values all read as timestamps. */
  readonly allTimestamps: boolean;
  /** Not counted, left to the reader of the data (see `leaveToReader`): present and distinct are 0. */
  readonly leftToReader: boolean;
}

/**
 * Row count and per-column counts of `requests`, in one aggregate query that DuckDB runs in
 * parallel over the file, so that inference costs one pass and no rows reach JavaScript.
 *
 * A column without a `type` is counted as DuckDB reads it (NaN counts as missing); a column
 * with one is counted after conversion to that type, and the values the conversion loses are
 * counted as invalid. In JSON files, a string column without a type is also checked for
 * holding nothing but timestamps: DuckDB's JSON reader leaves mixed ISO 8601 forms (`...05Z`,
 * `...07.500Z`) as text, while its CSV sniffer recognises them, and Parquet declares its types.
 * The check is skipped elsewhere because parsing every string costs as much as the rest.
 *
 * With `estimateDistinct` (large files), float and datetime columns get a HyperLogLog estimate of
 * their distinct count instead of an exact one (DuckDB's is up to about 15 % off).
 *
 * Strings are counted distinct by their 64-bit hash: the hash table then holds 8 bytes per
 * value instead of the string, and a collision among even 10 million distinct values has a
 * probability below 3 in a million.
 *
 * With `leaveToReader` (for a caller that reads every value anyway: readFrame), columns whose type
 * does not depend on counts are not counted but marked `leftToReader`: declared columns, which are
 * only checked (their invalid values counted when the conversion can lose any, see
 * mayRejectValues), and float, datetime and boolean columns. Counting costs more than parsing: on
 * the drift benchmark's files (20 float and 5 string columns, a million rows) the pass then takes
 * 1.1 s of CPU instead of 3.4, and 0.8 s instead of 3.8 when every column is declared: a bare
 * row count, which a caller that knows `rowCount` (see countRows) spares altogether.
 */
export async function profileColumns(
  source: FileSource,
  requests: readonly ProfileRequest[],
  options: { estimateDistinct?: boolean; leaveToReader?: boolean; rowCount?: number } = {},
): Promise<{ rowCount: number; counts: ColumnCounts[] }> {
  const aggregates = ['count(*)'];
  const json = source.format === 'json' || source.format === 'jsonl';
  const left = requests.map((request) => leftToReader(request, options));
  for (const [index, { column, type }] of requests.entries()) {
    const raw = sqlIdentifier(column.name);
    if (left[index] === true) {
      const invalid =
        type !== undefined && mayRejectValues(column, type)
          ? `count(*) FILTER (WHERE ${raw} IS NOT NULL AND ${valueSql(column, type)} IS NULL)`
          : '0';
      aggregates.push('0', '0', invalid, '-1');
      continue;
    }
    const value = type === undefined ? raw : valueSql(column, type);
    const nanable = type === undefined ? duckdbTypeKind(column.sourceType) === 'float' : type === 'numeric';
    const present = nanable ? `${value} IS NOT NULL AND NOT isnan(${value})` : `${value} IS NOT NULL`;
    aggregates.push(`count(*) FILTER (WHERE ${present})`);
    const kind = profileKind({ column, type });
    const hashed = kind === 'string' || kind === 'nested' || kind === 'other';
    // Inference reads exact distinct counts only for integers (the at-most-10 rule) and strings (the
    // half-distinct rule). Floats and instants are typed without them, and on a large file an exact
    // count over millions of unique doubles costs a DuckDB hash table of hundreds of MiB (the drift
    // benchmark's memory peak): there HyperLogLog estimates it in a few KiB, and the schema says so.
    const approximate = options.estimateDistinct === true && approximateKind({ column, type });
    aggregates.push(
      approximate
        ? `approx_count_distinct(${value}) FILTER (WHERE ${present})`
        : `count(DISTINCT ${hashed ? `hash(${value})` : value}) FILTER (WHERE ${present})`,
    );
    aggregates.push(
      type === undefined ? '0' : `count(*) FILTER (WHERE ${raw} IS NOT NULL AND ${value} IS NULL)`,
    );
    const stringKind = json && type === undefined && duckdbTypeKind(column.sourceType) === 'string';
    const notTimestamp = `coalesce(NOT isfinite(TRY_CAST(${raw} AS TIMESTAMPTZ)), true)`;
    aggregates.push(stringKind ? `count(*) FILTER (WHERE ${raw} IS NOT NULL AND ${notTimestamp})` : '-1');
  }
  // A known row count spares the pass when every other aggregate is a constant (0 or -1).
  const onlyRows = aggregates.every((sql, index) => index === 0 || /^-?\d+$/.test(sql));
  const [row = []] =
    onlyRows && options.rowCount !== undefined
      ? [[options.rowCount]]
      : await source.rows(aggregates.join(', '));
  const number = (index: number): number => Number(row[index] ?? 0);
  return {
    rowCount: number(0),
    counts: requests.map((_, index) => ({
      presentCount: number(1 + index * 4),
      distinctCount: number(2 + index * 4),
      distinctApproximate:
        options.estimateDistinct === true && !left[index] && approximateKind(requests[index]!),
      invalidCount: number(3 + index * 4),
      allTimestamps: number(4 + index * 4) === 0 && number(1 + index * 4) > 0,
      leftToReader: left[index]!,
    })),
  };
}

function leftToReader(request: ProfileRequest, options: { leaveToReader?: boolean }): boolean {
  if (options.leaveToReader !== true) return false;
  const kind = duckdbTypeKind(request.column.sourceType);
  return request.type !== undefined || kind === 'float' || kind === 'datetime' || kind === 'boolean';
}

/** How a column's values are counted: as DuckDB reads them, or as the type declared for them. */
function profileKind({ column, type }: ProfileRequest): ReturnType<typeof duckdbTypeKind> {
  if (type === undefined) return duckdbTypeKind(column.sourceType);
  return type === 'numeric' || type === 'datetime' ? 'float' : 'string';
}

function approximateKind(request: ProfileRequest): boolean {
  const kind = profileKind(request);
  return kind === 'float' || kind === 'datetime';
}
