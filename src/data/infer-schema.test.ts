import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-files.js';
import { inferSchema } from './infer-schema.js';
import { sqlString } from './sql-string.js';
import { withDuckDB } from './with-duckdb.js';

const { dir, write } = tempFolder('sextant-infer-');

/** 25 rows: one column per inference rule, with known missing and distinct counts. */
function rulesCsv(): string {
  const rows = ['amount,rating,count,flag,day,stamp,color,comment,label'];
  for (let i = 0; i < 25; i++) {
    const amount = i === 3 ? '' : i === 4 ? 'NaN' : (i * 1.5).toFixed(1);
    const day = `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`;
    rows.push(
      [
        amount,
        String(1 + (i % 3)),
        String(i * 7),
        i % 2 === 0 ? 'true' : 'false',
        day,
        `${day} 10:${String(i).padStart(2, '0')}:00`,
        ['red', 'green', 'blue'][i % 3],
        i === 0 ? '' : `free text note number ${i}`,
        `L${i % 12}`,
      ].join(','),
    );
  }
  return `${rows.join('\n')}\n`;
}

describe('inferSchema', () => {
  it('applies each inference rule and says which one decided', async () => {
    const schema = await inferSchema(write('rules.csv', rulesCsv()));
    expect(schema.rowCount).toBe(25);
    expect(
      schema.columns.map((c) => [c.name, c.type, c.sourceType, c.missingCount, c.distinctCount, c.reason]),
    ).toEqual([
      ['amount', 'numeric', 'DOUBLE', 2, 23, 'DOUBLE is floating-point'],
      ['rating', 'categorical', 'BIGINT', 0, 3, 'BIGINT with 3 distinct values (at most 10)'],
      ['count', 'numeric', 'BIGINT', 0, 25, 'BIGINT with 25 distinct values (more than 10)'],
      ['flag', 'boolean', 'BOOLEAN', 0, 2, 'BOOLEAN values'],
      ['day', 'datetime', 'DATE', 0, 25, 'DATE values (dates and times)'],
      ['stamp', 'datetime', 'TIMESTAMP', 0, 25, 'TIMESTAMP values (dates and times)'],
      [
        'color',
        'categorical',
        'VARCHAR',
        0,
        3,
        'VARCHAR with 3 distinct of 25 values (at most half distinct)',
      ],
      [
        'comment',
        'text',
        'VARCHAR',
        1,
        24,
        'VARCHAR with 24 distinct of 24 values (more than half distinct)',
      ],
      [
        'label',
        'categorical',
        'VARCHAR',
        0,
        12,
        'VARCHAR with 12 distinct of 25 values (at most half distinct)',
      ],
    ]);
    expect(schema.columns.map((c) => [c.nullable, c.overridden])).toEqual([
      [true, false],
      ...Array.from({ length: 6 }, () => [false, false]),
      [true, false],
      [false, false],
    ]);
  });

  it('keeps a small sample of distinct strings categorical', async () => {
    const schema = await inferSchema(write('small.csv', 'name\nalpha beta\ngamma delta\nepsilon zeta\n'));
    expect(schema.columns[0]).toMatchObject({
      type: 'categorical',
      distinctCount: 3,
      reason: 'VARCHAR with only 3 values (20 or fewer cannot show free text)',
    });
  });

  it('types JSON values, including timestamps DuckDB left as strings', async () => {
    const path = write(
      'types.json',
      JSON.stringify([
        { at: '2024-01-02T03:04:05Z', n: 1.5, ok: true, tags: ['a'] },
        { at: '2024-03-04T05:06:07.500Z', n: 2, ok: false, tags: [] },
      ]),
    );
    const schema = await inferSchema(path);
    expect(schema.columns.map((c) => [c.name, c.type, c.sourceType, c.reason])).toEqual([
      ['at', 'datetime', 'VARCHAR', 'VARCHAR values that all read as timestamps (ISO 8601)'],
      ['n', 'numeric', 'DOUBLE', 'DOUBLE is floating-point'],
      ['ok', 'boolean', 'BOOLEAN', 'BOOLEAN values'],
      [
        'tags',
        'categorical',
        'VARCHAR[]',
        'VARCHAR[] with only 2 values (20 or fewer cannot show free text)',
      ],
    ]);
  });

  it('reads Parquet types and counts NaN as missing', async () => {
    const path = join(dir, 'types.parquet');
    await withDuckDB((connection) =>
      connection.run(
        `COPY (SELECT range AS i, CAST(range AS DECIMAL(9,2)) AS d, ` +
          `CASE WHEN range % 10 = 0 THEN 'NaN'::DOUBLE ELSE range / 3 END AS x, ` +
          `(range % 4)::TINYINT AS small FROM range(100)) TO ${sqlString(path)} (FORMAT parquet)`,
      ),
    );
    const schema = await inferSchema(path);
    expect(
      schema.columns.map((c) => [c.name, c.type, c.sourceType, c.missingCount, c.distinctCount]),
    ).toEqual([
      ['i', 'numeric', 'BIGINT', 0, 100],
      ['d', 'numeric', 'DECIMAL(9,2)', 0, 100],
      ['x', 'numeric', 'DOUBLE', 10, 90],
      ['small', 'categorical', 'TINYINT', 0, 4],
    ]);
  });

  it('infers the real Seattle weather CSV', async () => {
    const schema = await inferSchema('node_modules/vega-datasets/data/seattle-weather.csv');
    expect(schema.rowCount).toBe(1461);
    expect(
      schema.columns.map((c) => [c.name, c.type, c.sourceType, c.missingCount, c.distinctCount]),
    ).toEqual([
      ['date', 'datetime', 'DATE', 0, 1461],
      ['precipitation', 'numeric', 'DOUBLE', 0, 111],
      ['temp_max', 'numeric', 'DOUBLE', 0, 67],
      ['temp_min', 'numeric', 'DOUBLE', 0, 55],
      ['wind', 'numeric', 'DOUBLE', 0, 79],
      ['weather', 'categorical', 'VARCHAR', 0, 5],
    ]);
  });

  it('infers the real 3-million-row flights Parquet file with SQL aggregates', async () => {
    const schema = await inferSchema('node_modules/vega-datasets/data/flights-3m.parquet');
    expect(schema.rowCount).toBe(3_000_000);
    expect(
      schema.columns.map((c) => [c.name, c.type, c.sourceType, c.missingCount, c.distinctCount]),
    ).toEqual([
      ['date', 'datetime', 'TIMESTAMP', 0, 213834],
      ['delay', 'numeric', 'BIGINT', 0, 867],
      ['distance', 'numeric', 'BIGINT', 0, 1109],
      ['origin', 'categorical', 'VARCHAR', 0, 229],
      ['destination', 'categorical', 'VARCHAR', 0, 228],
    ]);
  });
});
