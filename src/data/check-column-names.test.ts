import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-files.js';
import { checkColumnNames } from './check-column-names.js';
import { inferSchema } from './infer-schema.js';
import { sqlString } from './sql-string.js';
import { withDuckDB } from './with-duckdb.js';

const { dir, write } = tempFolder('sextant-names-');

/**
 * A Parquet file whose schema repeats a name. DuckDB refuses to write one, so the file is
 * written with columns `colaa` and `colbb` and every `colbb` in it is patched to `second`
 * (same length, so the Thrift footer stays valid).
 */
async function duplicateParquet(name: string, second: string): Promise<string> {
  const path = join(dir, name);
  await withDuckDB((connection) =>
    connection.run(`COPY (SELECT 1 AS colaa, 2 AS colbb) TO ${sqlString(path)} (FORMAT parquet)`),
  );
  const text = readFileSync(path).toString('latin1');
  expect(text.split('colbb').length - 1).toBeGreaterThan(0);
  writeFileSync(path, Buffer.from(text.replaceAll('colbb', second), 'latin1'));
  return path;
}

describe('checkColumnNames', () => {
  it('returns the names of each format', async () => {
    const csv = write('ok.csv', 'a,"b, c"\n1,2\n');
    const jsonl = write('ok.jsonl', '{"a":1}\n{"b":2}\n');
    const names = await withDuckDB(async (connection) => [
      await checkColumnNames(connection, csv, 'csv'),
      [...(await checkColumnNames(connection, jsonl, 'jsonl'))].sort(),
      await checkColumnNames(connection, 'node_modules/vega-datasets/data/flights-3m.parquet', 'parquet'),
    ]);
    expect(names).toEqual([
      ['a', 'b, c'],
      ['a', 'b'],
      ['date', 'delay', 'distance', 'origin', 'destination'],
    ]);
  });

  it('finds a repeated CSV or TSV header that DuckDB would rename', async () => {
    const csv = write('dup.csv', 'a,b,a\n1,2,3\n');
    await expect(inferSchema(csv)).rejects.toMatchObject({
      code: 'DUPLICATE_COLUMN',
      message: `${csv}: column "a" appears twice`,
    });
    const tsv = write('dup.tsv', 'Price\tprice\n1\t2\n');
    await expect(inferSchema(tsv)).rejects.toMatchObject({
      code: 'DUPLICATE_COLUMN',
      message: `${tsv}: column "price" appears twice (as "Price")`,
    });
  });

  it('finds a key repeated inside one JSON object, even far beyond the sniffed sample', async () => {
    const lines = Array.from({ length: 30000 }, (_, i) => `{"x":${i}}`);
    const path = write('dup.jsonl', `${lines.join('\n')}\n{"x":1,"x":2}\n`);
    await expect(inferSchema(path)).rejects.toMatchObject({
      code: 'DUPLICATE_COLUMN',
      message: `${path}: key "x" appears twice in one object`,
    });
  });

  it('finds JSON keys that differ only by case across objects', async () => {
    const path = write('case.json', '[{"id":1},{"ID":2}]');
    await expect(inferSchema(path)).rejects.toMatchObject({ code: 'DUPLICATE_COLUMN' });
    await expect(inferSchema(path)).rejects.toThrow(/column "(ID|id)" appears twice \(as "(id|ID)"\)/);
  });

  it('finds a repeated Parquet field, exact or by case', async () => {
    const exact = await duplicateParquet('dup.parquet', 'colaa');
    await expect(inferSchema(exact)).rejects.toMatchObject({
      code: 'DUPLICATE_COLUMN',
      message: `${exact}: column "colaa" appears twice`,
    });
    const cased = await duplicateParquet('case.parquet', 'COLAA');
    await expect(inferSchema(cased)).rejects.toMatchObject({
      code: 'DUPLICATE_COLUMN',
      message: `${cased}: column "COLAA" appears twice (as "colaa")`,
    });
  });

  it('leaves nested Parquet fields out of the names', async () => {
    const path = join(dir, 'nested.parquet');
    await withDuckDB((connection) =>
      connection.run(
        `COPY (SELECT 1 AS a, {'a': 1, 'y': [1, 2]} AS s, 3 AS b) TO ${sqlString(path)} (FORMAT parquet)`,
      ),
    );
    const names = await withDuckDB((connection) => checkColumnNames(connection, path, 'parquet'));
    expect(names).toEqual(['a', 's', 'b']);
  });
});
