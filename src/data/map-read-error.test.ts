import { describe, expect, it } from 'vitest';
import { SextantError } from '../core/sextant-error.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { inferSchema } from './infer-schema.js';
import { mapReadError } from './map-read-error.js';
import { readFrame } from './read-frame.js';
import { withDuckDB } from './with-duckdb.js';

const { write } = tempFolder('sextant-read-errors-');
const manyRows = (count: number): string =>
  Array.from({ length: count }, (_, i) => `${i},${i * 2}\n`).join('');

describe('mapReadError', () => {
  it('reports a CSV row with too few fields with its line', async () => {
    const path = write('short.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8\n');
    const error = await catchSextantError(inferSchema(path));
    expect(error.code).toBe('FILE_PARSE_ERROR');
    expect(error.message).toBe(`${path}: line 3: expected 3 fields, found 2`);
    expect(error.details).toEqual({ path, line: 3 });
  });

  it('reports a CSV row with too many fields with its physical line after quoted newlines', async () => {
    const path = write('long.csv', 'a,b\n1,"x\ny\nz"\n\n2,q\n3,4,5\n');
    const error = await catchSextantError(readFrame(path));
    expect(error.code).toBe('FILE_PARSE_ERROR');
    expect(error.message).toBe(`${path}: line 7: expected 2 fields, found 3`);
  });

  it('reports a ragged row far beyond the sniffed sample', async () => {
    const path = write('late-ragged.csv', `x,y\n${manyRows(30000)}1,2,3\n`);
    const error = await catchSextantError(readFrame(path));
    expect(error.code).toBe('FILE_PARSE_ERROR');
    expect(error.message).toBe(`${path}: line 30002: expected 2 fields, found 3`);
  });

  it('reports a ragged TSV row', async () => {
    const path = write('short.tsv', 'a\tb\n1\t2\n3\n');
    const error = await catchSextantError(inferSchema(path));
    expect(error.code).toBe('FILE_PARSE_ERROR');
    expect(error.message).toBe(`${path}: line 3: expected 2 fields, found 1`);
  });

  it('reports an unterminated quote', async () => {
    const path = write('quote.csv', 'a,b\n1,"ok"\n2,"never closed\n3,z\n');
    const error = await catchSextantError(inferSchema(path));
    expect(error.code).toBe('FILE_PARSE_ERROR');
    expect(error.message).toBe(`${path}: line 3: a quoted value is never closed`);
  });

  it('reports a late value that does not fit the sniffed type as VALUE_INVALID with line and column', async () => {
    const path = write('late.csv', `x,y\n${manyRows(30000)}1,"abc"\n`);
    const error = await catchSextantError(inferSchema(path));
    expect(error.code).toBe('VALUE_INVALID');
    expect(error.message).toBe(
      `${path}: line 30002, column "y": "abc" is not a BIGINT, the type guessed from the rows before it; ` +
        'fix the value or declare the column text or categorical in a schema file',
    );
    expect(error.details).toMatchObject({ path, column: 'y', value: 'abc', type: 'BIGINT' });
  });

  it('reads that late value when a schema file declares the column categorical', async () => {
    const path = write('late-ok.csv', `x,y\n${manyRows(30000)}1,abc\n`);
    const overrides = {
      source: 's.json',
      columns: new Map([['y', { type: 'categorical' as const, required: false }]]),
    };
    const { frame, schema } = await readFrame(path, { overrides });
    const y = frame.columns[1];
    expect(y?.type === 'categorical' && y.dictionary.at(-1)).toBe('abc');
    expect(y?.type === 'categorical' && y.dictionary[y.codes[30000] ?? -1]).toBe('abc');
    expect(schema.columns[1]).toMatchObject({ type: 'categorical', sourceType: 'VARCHAR', overridden: true });
  });

  it('reports broken JSON lines with the physical line', async () => {
    const path = write('broken.jsonl', '{"a":1}\n\n\n{"a":2\n{"a":3}\n');
    const error = await catchSextantError(inferSchema(path));
    expect(error.code).toBe('FILE_PARSE_ERROR');
    expect(error.message).toBe(`${path}: line 4: invalid JSON: Expected ',' or '}' after property value`);
  });

  it('reports a broken JSON array with its line', async () => {
    const path = write('broken.json', '[{"a":1},\n{"a":2},\n{"a":\n');
    const error = await catchSextantError(inferSchema(path));
    expect(error.code).toBe('FILE_PARSE_ERROR');
    expect(error.message).toBe(`${path}: line 3: invalid JSON: unexpected end of the file`);
  });

  it('rejects JSON values that are not objects', async () => {
    const path = write('numbers.json', '[1, 2, 3]');
    const error = await catchSextantError(inferSchema(path));
    expect(error.code).toBe('FILE_PARSE_ERROR');
    expect(error.message).toBe(`${path}: expected JSON objects, found 3 other value(s)`);
    const lines = write('mixed.jsonl', '{"a":1}\n[2]\n');
    expect((await catchSextantError(inferSchema(lines))).message).toBe(
      `${lines}: line 2: expected JSON objects, found 1 other value(s)`,
    );
  });

  it('reports a late JSON value that does not fit the sniffed type with line (JSONL) or row (JSON)', async () => {
    const records = Array.from({ length: 30000 }, (_, i) => ({ x: i, y: 's' }));
    const lines = write(
      'late.jsonl',
      `${records.map((r) => JSON.stringify(r)).join('\n')}\n\n{"x":"abc","y":"t"}\n`,
    );
    const lineError = await catchSextantError(inferSchema(lines));
    expect(lineError.code).toBe('VALUE_INVALID');
    expect(lineError.message).toMatch(new RegExp(`^${lines}: line 30002, column "x": "abc" is not a BIGINT`));
    const array = write('late.json', JSON.stringify([...records, { x: 'abc', y: 't' }]));
    const rowError = await catchSextantError(inferSchema(array));
    expect(rowError.code).toBe('VALUE_INVALID');
    expect(rowError.message).toMatch(new RegExp(`^${array}: row 30001, column "x": "abc" is not a BIGINT`));
  });

  it('reports a file that is not Parquet', async () => {
    const path = write('fake.parquet', 'a,b\n1,2\n');
    const error = await catchSextantError(inferSchema(path));
    expect(error.code).toBe('FILE_PARSE_ERROR');
    expect(error.message).toMatch(new RegExp(`^${path}: not a valid Parquet file \\(`));
    expect(error.message).not.toContain('\n');
  });

  it('never passes DuckDB hints, context or stacks through', async () => {
    const error = await withDuckDB((connection) =>
      mapReadError(
        new Error('Invalid Input Error: Something odd\n\nLINE 1: SELECT * FROM x\n  ^\nPossible fixes: ...'),
        { connection, path: 'x.csv', format: 'csv' },
      ),
    );
    expect(error.code).toBe('FILE_PARSE_ERROR');
    expect(error.message).toBe('x.csv: cannot be read: Something odd');
    const passed = new SextantError('FILE_EMPTY', 'kept');
    expect(
      await withDuckDB((connection) => mapReadError(passed, { connection, path: 'x', format: 'csv' })),
    ).toBe(passed);
  });
});
