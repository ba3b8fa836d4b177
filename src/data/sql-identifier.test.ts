import { describe, expect, it } from 'vitest';
import { sqlIdentifier } from './sql-identifier.js';
import { withDuckDB } from './with-duckdb.js';

describe('sqlIdentifier', () => {
  it('doubles double quotes', () => {
    expect(sqlIdentifier('say "hi"')).toBe('"say ""hi"""');
    expect(sqlIdentifier('select')).toBe('"select"');
  });

  it('names hostile columns exactly in DuckDB', async () => {
    const names = ['a"b', 'from', 'with space', "it's", '"; DROP'];
    const back = await withDuckDB(async (connection) => {
      const list = names.map((name, index) => `${index} AS ${sqlIdentifier(name)}`).join(', ');
      const reader = await connection.runAndReadAll(`SELECT ${list}`);
      return reader.columnNames();
    });
    expect(back).toEqual(names);
  });

  it('refuses a NUL character', () => {
    expect(() => sqlIdentifier('a\0b')).toThrow(RangeError);
  });
});
