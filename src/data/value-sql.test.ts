import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../core/column-type.js';
import { valueSql } from './value-sql.js';
import { withDuckDB } from './with-duckdb.js';

/** Evaluates valueSql over `values` (a SQL VALUES list of one column `v` of `sourceType`). */
const convert = (sourceType: string, values: string, type: ColumnType) =>
  withDuckDB(async (connection) => {
    const expression = valueSql({ name: 'v', sourceType }, type);
    const reader = await connection.runAndReadAll(
      `SELECT ${expression} FROM (SELECT CAST(v AS ${sourceType}) AS v FROM (VALUES ${values}) t(v))`,
    );
    return reader.getRowsJS().map(([value]) => value);
  });

describe('valueSql', () => {
  it('reads numbers from strings, booleans and dates, keeping infinities', async () => {
    expect(await convert('VARCHAR', "(' 12 '), ('1e400'), ('-inf'), ('abc'), (NULL)", 'numeric')).toEqual([
      12,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      null,
      null,
    ]);
    expect(await convert('BOOLEAN', '(true), (false)', 'numeric')).toEqual([1, 0]);
    expect(await convert('DATE', "('1970-01-02')", 'numeric')).toEqual([86_400_000]);
  });

  it('reads instants as UTC epoch milliseconds and refuses bare numbers', async () => {
    expect(
      await convert(
        'VARCHAR',
        "('2024-01-02'), ('2024-01-02T03:00:00+01:00'), ('soon'), ('infinity')",
        'datetime',
      ),
    ).toEqual([Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 2, 2), null, null]);
    expect(await convert('TIMESTAMP_NS', "('2024-01-02 03:04:05.123456789')", 'datetime')).toEqual([
      Date.UTC(2024, 0, 2, 3, 4, 5, 123),
    ]);
    expect(await convert('BIGINT', '(1700000000)', 'datetime')).toEqual([null]);
  });

  it('reads booleans from 1/0 numbers and common words only', async () => {
    expect(await convert('BIGINT', '(1), (0), (2)', 'boolean')).toEqual([true, false, null]);
    expect(await convert('VARCHAR', "('true'), ('F'), ('yes'), ('maybe')", 'boolean')).toEqual([
      true,
      false,
      true,
      null,
    ]);
  });

  it('writes labels as text, nested values as JSON', async () => {
    expect(await convert('DOUBLE', '(1.5), (2)', 'categorical')).toEqual(['1.5', '2.0']);
    expect(await convert('INTEGER[]', '([1, 2])', 'text')).toEqual(['[1,2]']);
    expect(await convert('DATE', "('2024-01-02')", 'text')).toEqual(['2024-01-02']);
  });
});
