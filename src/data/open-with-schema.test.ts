import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../core/column-type.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { inferSchema } from './infer-schema.js';
import { openWithSchema } from './open-with-schema.js';
import { readFrame } from './read-frame.js';
import type { SchemaOverrides } from './schema-overrides.js';
import { sqlString } from './sql-string.js';
import { withDuckDB } from './with-duckdb.js';

const { dir, write } = tempFolder('sextant-open-schema-');
const declare = (
  entries: Record<string, ColumnType | { type?: ColumnType; required: boolean }>,
): SchemaOverrides => ({
  source: 'schema.json',
  columns: new Map(
    Object.entries(entries).map(([name, entry]) => [
      name,
      typeof entry === 'string' ? { type: entry, required: false } : entry,
    ]),
  ),
});

describe('openWithSchema', () => {
  const people = write('people.csv', 'id,Price,zip\n1,2.5,02134\n2,3.5,10001\n');

  it('reports a required column that is missing, with a hint for a case slip', async () => {
    const error = await catchSextantError(inferSchema(people, { required: ['price'] }));
    expect(error.code).toBe('COLUMN_MISSING');
    expect(error.message).toBe(
      `${people}: column "price" is missing (did you mean "Price"?); the file has id, Price, zip`,
    );
    const fromSchema = await catchSextantError(
      inferSchema(people, { overrides: declare({ label: { required: true } }) }),
    );
    expect(fromSchema.code).toBe('COLUMN_MISSING');
    expect(fromSchema.message).toBe(`${people}: column "label" is missing; the file has id, Price, zip`);
  });

  it('reports a selected column that is missing, and a column selected twice', async () => {
    expect((await catchSextantError(readFrame(people, { columns: ['id', 'nope'] }))).code).toBe(
      'COLUMN_MISSING',
    );
    const twice = await catchSextantError(readFrame(people, { columns: ['id', 'id'] }));
    expect(twice.code).toBe('INVALID_ARGUMENT');
    expect(twice.message).toBe('the column list names "id" twice');
  });

  it('ignores declared columns the file lacks unless they are required', async () => {
    const schema = await inferSchema(people, { overrides: declare({ other: 'numeric' }) });
    expect(schema.columns.map((c) => c.name)).toEqual(['id', 'Price', 'zip']);
  });

  it('reports a header with no rows as FILE_EMPTY', async () => {
    const path = write('header.csv', 'a,b\n');
    const error = await catchSextantError(inferSchema(path));
    expect(error.code).toBe('FILE_EMPTY');
    expect(error.message).toBe(`${path}: the file has a header but no rows`);
    const parquet = join(dir, 'empty.parquet');
    await withDuckDB((c) =>
      c.run(`COPY (SELECT 1 AS a WHERE false) TO ${sqlString(parquet)} (FORMAT parquet)`),
    );
    expect(await catchSextantError(inferSchema(parquet))).toMatchObject({
      code: 'FILE_EMPTY',
      message: `${parquet}: the file has no rows`,
    });
  });

  it('reports an all-null column as COLUMN_ALL_NULL unless its type is declared', async () => {
    const path = write('nulls.csv', 'a,b\n1,\n2,\n');
    const error = await catchSextantError(inferSchema(path));
    expect(error.code).toBe('COLUMN_ALL_NULL');
    expect(error.message).toBe(
      `${path}: column "b" has no values in 2 rows, so its type cannot be inferred; ` +
        'drop it or declare its type in a schema file',
    );
    const { frame, schema } = await readFrame(path, { overrides: declare({ b: 'numeric' }) });
    expect(schema.columns[1]).toMatchObject({ type: 'numeric', missingCount: 2, overridden: true });
    const b = frame.columns[1];
    expect(b?.type === 'numeric' && [...b.values]).toEqual([Number.NaN, Number.NaN]);
  });

  it('lets declared types win over inference', async () => {
    const { frame, schema } = await readFrame(people, {
      overrides: declare({ id: 'numeric', zip: 'categorical' }),
    });
    expect(schema.columns.map((c) => [c.name, c.type, c.sourceType, c.overridden, c.reason])).toEqual([
      ['id', 'numeric', 'BIGINT', true, 'declared numeric by schema.json'],
      ['Price', 'numeric', 'DOUBLE', false, 'DOUBLE is floating-point'],
      ['zip', 'categorical', 'VARCHAR', true, 'declared categorical by schema.json'],
    ]);
    const zip = frame.columns[2];
    expect(zip?.type === 'categorical' && zip.dictionary).toEqual(['02134', '10001']);
    const id = frame.columns[0];
    expect(id?.type === 'numeric' && [...id.values]).toEqual([1, 2]);
  });

  it('converts declared booleans and datetimes', async () => {
    const path = write('convert.csv', 'flag,when,n\nyes,2024-01-02,1\nno,2024-01-03T10:00:00+02:00,0\n,,\n');
    const overrides = declare({ flag: 'boolean', when: 'datetime', n: 'boolean' });
    const { frame } = await readFrame(path, { overrides });
    const [flag, when, n] = frame.columns;
    expect(flag?.type === 'boolean' && [...flag.values]).toEqual([1, 0, 255]);
    expect(when?.type === 'datetime' && [...when.values]).toEqual([
      Date.UTC(2024, 0, 2),
      Date.UTC(2024, 0, 3, 8),
      Number.NaN,
    ]);
    expect(n?.type === 'boolean' && [...n.values]).toEqual([1, 0, 255]);
  });

  it('reports a CSV value the declared type cannot read with its physical line and column', async () => {
    const path = write('bad-number.csv', 'id,amount,note\n1,2.5,"a\nb"\n2,abc,c\n3,4,d\n');
    const error = await catchSextantError(readFrame(path, { overrides: declare({ amount: 'numeric' }) }));
    expect(error.code).toBe('VALUE_INVALID');
    expect(error.message).toBe(
      `${path}: line 4, column "amount": "abc" cannot be read as numeric, the type schema.json declares`,
    );
    expect(error.details).toMatchObject({ path, column: 'amount', value: 'abc', type: 'numeric' });
  });

  it('keeps the message on one line for a value holding a newline', async () => {
    const path = write('multiline.csv', 'n,m\n1,2\n"a\nb",3\n');
    const error = await catchSextantError(inferSchema(path, { overrides: declare({ n: 'numeric' }) }));
    expect(error.message).toBe(
      `${path}: line 3, column "n": "a\\nb" cannot be read as numeric, the type schema.json declares`,
    );
    expect(error.message).not.toContain('\n');
  });

  it('counts blank lines as rows in a one-column CSV, as DuckDB does', async () => {
    const path = write('one-column.csv', 'x\n1\n\nabc\n');
    const error = await catchSextantError(inferSchema(path, { overrides: declare({ x: 'numeric' }) }));
    expect(error.message).toBe(
      `${path}: line 4, column "x": "abc" cannot be read as numeric, the type schema.json declares`,
    );
  });

  it('reports an unparseable date in each format with its line or row', async () => {
    const when = declare({ when: 'datetime' });
    const message = (where: string, path: string) =>
      `${path}: ${where}, column "when": "soon" cannot be read as datetime, the type schema.json declares`;
    const tsv = write('date.tsv', 'when\tx\n2024-01-01\t1\n\nsoon\t2\n');
    expect((await catchSextantError(inferSchema(tsv, { overrides: when }))).message).toBe(
      message('line 4', tsv),
    );
    const jsonl = write('date.jsonl', '{"when":"2024-01-01"}\n\n{"when":"soon"}\n');
    expect((await catchSextantError(inferSchema(jsonl, { overrides: when }))).message).toBe(
      message('line 3', jsonl),
    );
    const json = write('date.json', '[\n{"when":"2024-01-01"},\n{"when":null},\n{"when":"soon"}\n]');
    expect((await catchSextantError(inferSchema(json, { overrides: when }))).message).toBe(
      message('row 3', json),
    );
    const parquet = join(dir, 'date.parquet');
    await withDuckDB((c) =>
      c.run(
        `COPY (SELECT * FROM (VALUES ('2024-01-01'), ('soon')) t("when")) TO ${sqlString(parquet)} (FORMAT parquet)`,
      ),
    );
    const error = await catchSextantError(inferSchema(parquet, { overrides: when }));
    expect(error.code).toBe('VALUE_INVALID');
    expect(error.message).toBe(message('row 2', parquet));
  });

  it('refuses to read numbers as datetimes rather than guess their unit', async () => {
    const path = write('epoch.csv', 'when\n1700000000\n');
    const error = await catchSextantError(inferSchema(path, { overrides: declare({ when: 'datetime' }) }));
    expect(error.code).toBe('VALUE_INVALID');
    expect(error.message).toContain('line 2, column "when": "1700000000" cannot be read as datetime');
  });

  it('opens the source with its columns for further queries', async () => {
    const { source, schema } = await withDuckDB(async (connection) => {
      const opened = await openWithSchema(connection, people, {});
      return {
        source: { format: opened.source.format, columns: opened.source.columns },
        schema: opened.schema,
      };
    });
    expect(source).toEqual({
      format: 'csv',
      columns: [
        { name: 'id', sourceType: 'BIGINT' },
        { name: 'Price', sourceType: 'DOUBLE' },
        { name: 'zip', sourceType: 'VARCHAR' },
      ],
    });
    expect(schema.rowCount).toBe(2);
  });
});
