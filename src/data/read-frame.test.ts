import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Column, Frame } from '../core/frame.js';
import { tempFolder } from '../test-support/temp-files.js';
import { readFrame } from './read-frame.js';
import type { SchemaOverrides } from './schema-overrides.js';
import { sqlString } from './sql-string.js';
import { withDuckDB } from './with-duckdb.js';

const { dir, write } = tempFolder('sextant-read-frame-');
const writeParquet = (name: string, select: string): Promise<string> =>
  withDuckDB(async (connection) => {
    const path = join(dir, name);
    await connection.run(`COPY (${select}) TO ${sqlString(path)} (FORMAT parquet)`);
    return path;
  });
const noteIsText: SchemaOverrides = {
  source: 'test',
  columns: new Map([['note', { type: 'text', required: false }]]),
};
const column = (frame: Frame, name: string): Column => {
  const found = frame.columns.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no column ${name}`);
  return found;
};
const numbers = (frame: Frame, name: string): number[] => {
  const found = column(frame, name);
  if (found.type !== 'numeric' && found.type !== 'datetime' && found.type !== 'boolean')
    throw new Error(found.type);
  return [...found.values];
};
const labels = (frame: Frame, name: string): (string | null)[] => {
  const found = column(frame, name);
  if (found.type === 'text') return [...found.values];
  if (found.type !== 'categorical') throw new Error(found.type);
  return [...found.codes].map((code) => (code === -1 ? null : (found.dictionary[code] ?? 'BAD CODE')));
};

const T1 = Date.UTC(2024, 0, 2, 3, 4, 5);
const T2 = Date.UTC(2024, 1, 3);
const T4 = Date.UTC(2024, 2, 4, 5, 6, 7, 500);

/** The same four rows in every format: row 3 has a missing value in every column but id. */
function expectSameCells(frame: Frame, note: (string | null)[], price3 = Number.POSITIVE_INFINITY): void {
  expect(frame.rowCount).toBe(4);
  expect(frame.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
    'id:categorical',
    'price:numeric',
    'city:categorical',
    'when:datetime',
    'ok:boolean',
    'note:text',
  ]);
  const id = column(frame, 'id');
  expect(id.type === 'categorical' && [...id.codes]).toEqual([0, 1, 2, 3]);
  expect(id.type === 'categorical' && id.dictionary).toEqual(['1', '2', '3', '4']);
  expect(numbers(frame, 'price')).toEqual([1.5, Number.NaN, price3, -2.25]);
  const city = column(frame, 'city');
  expect(city.type === 'categorical' && [...city.codes]).toEqual([0, 1, -1, 0]);
  expect(city.type === 'categorical' && city.dictionary).toEqual(['Paris', 'Rome']);
  expect(numbers(frame, 'when')).toEqual([T1, T2, Number.NaN, T4]);
  expect(numbers(frame, 'ok')).toEqual([1, 0, 255, 1]);
  expect(labels(frame, 'note')).toEqual(note);
}

describe('readFrame', () => {
  it('reads CSV cell by cell, with quoting, embedded commas, quotes and newlines', async () => {
    const path = write(
      'cells.csv',
      'id,price,city,when,ok,note\n' +
        '1,1.5,Paris,2024-01-02 03:04:05,true,"hello, world"\n' +
        '2,,Rome,2024-02-03 00:00:00,false,"line1\nline2"\n' +
        '3,inf,,,,\n' +
        '4,-2.25,"Paris",2024-03-04 05:06:07.5,true,"say ""hi"""\n',
    );
    const { frame, schema, format } = await readFrame(path, { overrides: noteIsText });
    expect(format).toBe('csv');
    expectSameCells(frame, ['hello, world', 'line1\nline2', null, 'say "hi"']);
    expect(schema.rowCount).toBe(4);
    expect(schema.columns.map((c) => [c.name, c.sourceType, c.missingCount])).toEqual([
      ['id', 'BIGINT', 0],
      ['price', 'DOUBLE', 1],
      ['city', 'VARCHAR', 1],
      ['when', 'TIMESTAMP', 1],
      ['ok', 'BOOLEAN', 1],
      ['note', 'VARCHAR', 1],
    ]);
  });

  it('reads TSV (no quoting) cell by cell', async () => {
    const path = write(
      'cells.tsv',
      'id\tprice\tcity\twhen\tok\tnote\n' +
        '1\t1.5\tParis\t2024-01-02 03:04:05\ttrue\thello, "world"\n' +
        '2\t\tRome\t2024-02-03 00:00:00\tfalse\tline1 line2\n' +
        '3\tinf\t\t\t\t\n' +
        '4\t-2.25\tParis\t2024-03-04 05:06:07.5\ttrue\tsay "hi"\n',
    );
    const { frame, format } = await readFrame(path, { overrides: noteIsText });
    expect(format).toBe('tsv');
    expectSameCells(frame, ['hello, "world"', 'line1 line2', null, 'say "hi"']);
  });

  it('reads a JSON array cell by cell', async () => {
    const rows = [
      { id: 1, price: 1.5, city: 'Paris', when: '2024-01-02T03:04:05Z', ok: true, note: 'hello, world' },
      { id: 2, price: null, city: 'Rome', when: '2024-02-03T00:00:00Z', ok: false, note: 'line1\nline2' },
      { id: 3, price: 'TOO_BIG', city: null, when: null, ok: null, note: null },
      { id: 4, price: -2.25, city: 'Paris', when: '2024-03-04T05:06:07.500Z', ok: true, note: 'say "hi"' },
    ];
    const path = write(
      'cells.json',
      // 1e400 overflows to Infinity when DuckDB reads it; JSON.stringify cannot write it.
      JSON.stringify(rows, null, 2).replace('"TOO_BIG"', '1e400'),
    );
    const { frame, format } = await readFrame(path, { overrides: noteIsText });
    expect(format).toBe('json');
    expectSameCells(frame, ['hello, world', 'line1\nline2', null, 'say "hi"']);
  });

  it('reads JSON lines cell by cell, skipping blank lines', async () => {
    const path = write(
      'cells.jsonl',
      '{"id":1,"price":1.5,"city":"Paris","when":"2024-01-02 03:04:05","ok":true,"note":"hello, world"}\n' +
        '{"id":2,"city":"Rome","when":"2024-02-03 00:00:00","ok":false,"note":"line1\\nline2"}\n\n' +
        '{"id":3,"price":null,"city":null,"when":null,"ok":null,"note":null}\n' +
        '{"id":4,"price":-2.25,"city":"Paris","when":"2024-03-04 05:06:07.5","ok":true,"note":"say \\"hi\\""}\n',
    );
    const { frame, format } = await readFrame(path, { overrides: noteIsText });
    expect(format).toBe('jsonl');
    expectSameCells(frame, ['hello, world', 'line1\nline2', null, 'say "hi"'], Number.NaN);
  });

  it('reads Parquet cell by cell, keeping infinities and NaN as missing', async () => {
    const path = await writeParquet(
      'cells.parquet',
      `SELECT * FROM (VALUES
        (1, 1.5::DOUBLE, 'Paris', TIMESTAMP '2024-01-02 03:04:05', true, 'hello, world'),
        (2, 'NaN'::DOUBLE, 'Rome', TIMESTAMP '2024-02-03 00:00:00', false, E'line1\\nline2'),
        (3, '-inf'::DOUBLE, NULL, NULL, NULL, NULL),
        (4, -2.25::DOUBLE, 'Paris', TIMESTAMP '2024-03-04 05:06:07.5', true, 'say "hi"')
      ) AS t(id, price, city, "when", ok, note)`,
    );
    const { frame, schema, format } = await readFrame(path, { overrides: noteIsText });
    expect(format).toBe('parquet');
    expectSameCells(frame, ['hello, world', 'line1\nline2', null, 'say "hi"'], Number.NEGATIVE_INFINITY);
    expect(schema.columns.find((c) => c.name === 'price')?.missingCount).toBe(1);
  });

  it('reads a subset of columns in the order asked', async () => {
    const path = write('subset.csv', 'a,b,c\n1,x,2.5\n2,y,3.5\n');
    const { frame, schema } = await readFrame(path, { columns: ['c', 'a'] });
    expect(frame.columns.map((c) => c.name)).toEqual(['c', 'a']);
    expect(schema.columns.map((c) => c.name)).toEqual(['c', 'a']);
    expect(numbers(frame, 'c')).toEqual([2.5, 3.5]);
    expect(labels(frame, 'a')).toEqual(['1', '2']);
  });

  it('reads a path holding a single quote (no SQL injection)', async () => {
    const path = write("it's'); DROP TABLE x; --.csv", 'a\n1.5\n');
    const { frame } = await readFrame(path);
    expect(numbers(frame, 'a')).toEqual([1.5]);
  });

  it('reports progress up to the total', async () => {
    const path = await writeParquet('many.parquet', 'SELECT range::DOUBLE AS x FROM range(250000)');
    const calls: [number, number][] = [];
    const { frame } = await readFrame(path, { onProgress: (read, total) => calls.push([read, total]) });
    expect(frame.rowCount).toBe(250000);
    const x = column(frame, 'x');
    expect(x.type === 'numeric' && [x.values[0], x.values[123456], x.values[249999]]).toEqual([
      0, 123456, 249999,
    ]);
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls.at(-1)).toEqual([250000, 250000]);
    for (const [index, [read, total]] of calls.entries()) {
      expect(total).toBe(250000);
      const step = read - (calls[index - 1]?.[0] ?? 0);
      if (index < calls.length - 1) expect(step).toBeGreaterThanOrEqual(100000);
      else expect(step).toBeGreaterThan(0);
    }
  });

  it('reads the real Seattle weather CSV', async () => {
    const { frame } = await readFrame('node_modules/vega-datasets/data/seattle-weather.csv');
    expect(frame.rowCount).toBe(1461);
    expect(numbers(frame, 'date').slice(0, 2)).toEqual([Date.UTC(2012, 0, 1), Date.UTC(2012, 0, 2)]);
    expect(numbers(frame, 'precipitation').slice(0, 3)).toEqual([0, 10.9, 0.8]);
    expect(numbers(frame, 'temp_max').at(-1)).toBe(5.6);
    const weather = column(frame, 'weather');
    expect(weather.type === 'categorical' && weather.dictionary).toEqual([
      'drizzle',
      'rain',
      'sun',
      'snow',
      'fog',
    ]);
    expect(labels(frame, 'weather').slice(0, 3)).toEqual(['drizzle', 'rain', 'rain']);
  });

  it('reads the real 3-million-row flights Parquet file', async () => {
    const { frame } = await readFrame('node_modules/vega-datasets/data/flights-3m.parquet');
    expect(frame.rowCount).toBe(3_000_000);
    expect(numbers(frame, 'date').slice(0, 2)).toEqual([
      Date.UTC(2001, 0, 1, 0, 1),
      Date.UTC(2001, 0, 1, 0, 1),
    ]);
    expect(numbers(frame, 'delay').slice(0, 4)).toEqual([33, 19, 14, -13]);
    expect(numbers(frame, 'distance').slice(0, 4)).toEqual([2176, 215, 405, 2345]);
    expect(labels(frame, 'origin').slice(0, 4)).toEqual(['LAS', 'ATL', 'MCI', 'ANC']);
    expect(labels(frame, 'destination').slice(0, 4)).toEqual(['PHL', 'SAV', 'MDW', 'LAX']);
    const origin = column(frame, 'origin');
    expect(origin.type === 'categorical' && origin.dictionary.length).toBe(229);
  });
});
