import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../core/column-type.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { countRows } from './count-rows.js';
import { readFrame } from './read-frame.js';
import type { SchemaOverrides } from './schema-overrides.js';
import { sqlString } from './sql-string.js';
import { withDuckDB } from './with-duckdb.js';

const { dir, write } = tempFolder('sextant-read-declared-');
const declare = (entries: Record<string, ColumnType>): SchemaOverrides => ({
  source: 'the reference',
  columns: new Map(Object.entries(entries).map(([name, type]) => [name, { type, required: false }])),
});
/** A threshold every file is over, so that declared columns are counted from the Frame. */
const large = { exactDistinctMaxBytes: 0 };
const small = { exactDistinctMaxBytes: Number.MAX_SAFE_INTEGER };

describe('readFrame on a file large enough to count in the data', () => {
  const rows = Array.from({ length: 3000 }, (_, i) =>
    [
      i % 11 === 0 ? '' : (i * 0.25).toFixed(2),
      i % 3 === 0 ? 'yes' : 'no',
      i % 13 === 0 ? '' : `c${i % 40}`,
      `w${i}`,
      i % 7,
      i % 17 === 0 ? '' : ((i % 500) / 8).toFixed(3),
    ].join(','),
  );
  const path = write('declared.csv', `x,flag,label,note,k,y\n${rows.join('\n')}\n`);
  const types = declare({ x: 'numeric', flag: 'boolean', label: 'categorical', note: 'text' });

  it('reads the same cells as with a full profile, and the same counts but estimated distinct numbers', async () => {
    const counted = await readFrame(path, { overrides: types, ...large });
    const profiled = await readFrame(path, { overrides: types, ...small });
    expect(counted.frame).toEqual(profiled.frame);
    // Numbers get an estimated distinct count (as a profile of a large file does); the rest is exact.
    const summary = (schema: typeof counted.schema) =>
      schema.columns.map(({ name, type, nullable, missingCount, distinctCount, overridden }) => ({
        name,
        type,
        nullable,
        missingCount,
        distinctCount: name === 'x' || name === 'y' ? 'estimated' : distinctCount,
        overridden,
      }));
    expect(summary(counted.schema)).toEqual(summary(profiled.schema));
    expect(counted.schema.columns.map((c) => c.distinctApproximate ?? false)).toEqual([
      true,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(profiled.schema.columns[5]).toMatchObject({
      type: 'numeric',
      missingCount: 177,
      distinctCount: 500,
    });
    expect(counted.schema.columns[5]).toMatchObject({
      type: 'numeric',
      missingCount: 177,
      overridden: false,
    });
    expect(Math.abs((counted.schema.columns[5]?.distinctCount ?? 0) - 500)).toBeLessThanOrEqual(5);
    expect(profiled.schema.columns[0]).toMatchObject({ missingCount: 273, distinctCount: 2727 });
    expect(Math.abs((counted.schema.columns[0]?.distinctCount ?? 0) - 2727)).toBeLessThan(0.03 * 2727);
    expect(counted.schema.columns[2]).toMatchObject({ missingCount: 231, distinctCount: 40, nullable: true });
    expect(counted.schema.columns[4]).toMatchObject({
      type: 'categorical',
      distinctCount: 7,
      overridden: false,
    });
  });

  it('reports a value the declared type cannot read with its line and column', async () => {
    const bad = write('bad.csv', 'id,amount,note\n1,2.5,"a\nb"\n2,abc,c\n3,4,d\n');
    const error = await catchSextantError(
      readFrame(bad, { overrides: declare({ id: 'numeric', amount: 'numeric' }), ...large }),
    );
    expect(error.code).toBe('VALUE_INVALID');
    expect(error.message).toBe(
      `${bad}: line 4, column "amount": "abc" cannot be read as numeric, the type the reference declares`,
    );
  });

  it('names the first column without values, counted by the profile or from the data', async () => {
    const parquet = (name: string, select: string) =>
      withDuckDB(async (connection) => {
        const file = join(dir, name);
        await connection.run(`COPY (${select}) TO ${sqlString(file)} (FORMAT parquet)`);
        return file;
      });
    const floatOnly = await parquet(
      'f.parquet',
      'SELECT i AS k, CAST(NULL AS DOUBLE) AS f FROM range(30) t(i)',
    );
    const floatFirst = await parquet(
      'fs.parquet',
      'SELECT i AS k, CAST(NULL AS DOUBLE) AS f, CAST(NULL AS VARCHAR) AS s FROM range(30) t(i)',
    );
    const stringFirst = await parquet(
      'sf.parquet',
      'SELECT i AS k, CAST(NULL AS VARCHAR) AS s, CAST(NULL AS DOUBLE) AS f FROM range(30) t(i)',
    );
    for (const [file, column] of [
      [floatOnly, 'f'],
      [floatFirst, 'f'],
      [stringFirst, 's'],
    ] as const) {
      const error = await catchSextantError(readFrame(file, large));
      expect(error.code).toBe('COLUMN_ALL_NULL');
      expect(error.message).toBe(
        `${file}: column "${column}" has no values in 30 rows, so its type cannot be inferred; drop it or declare its type in a schema file`,
      );
    }
  });

  it('reads once with a row count counted ahead when every column is declared, and checks it', async () => {
    const all = declare({
      x: 'numeric',
      flag: 'boolean',
      label: 'categorical',
      note: 'text',
      k: 'numeric',
      y: 'numeric',
    });
    const rows = await countRows(path);
    expect(rows).toBe(3000);
    const hinted = await readFrame(path, { overrides: all, rowCount: rows, ...large });
    expect(hinted.frame).toEqual((await readFrame(path, { overrides: all, ...large })).frame);
    // A wrong count is caught by the stream when it replaced the pass, and unused when the pass counts anyway.
    const error = await catchSextantError(readFrame(path, { overrides: all, rowCount: 2999, ...large }));
    expect(error.code).toBe('FILE_PARSE_ERROR');
    expect(error.message).toBe(`${path}: the file changed while it was being read`);
    const profiled = await readFrame(path, { overrides: types, rowCount: 2999, ...large });
    expect(profiled.frame.rowCount).toBe(3000);
  });

  it('reports a header without rows as FILE_EMPTY', async () => {
    const empty = write('empty.csv', 'x,label\n');
    const error = await catchSextantError(
      readFrame(empty, { overrides: declare({ x: 'numeric', label: 'categorical' }), ...large }),
    );
    expect(error.code).toBe('FILE_EMPTY');
  });
});
