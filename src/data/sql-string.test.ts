import { describe, expect, it } from 'vitest';
import { sqlString } from './sql-string.js';
import { withDuckDB } from './with-duckdb.js';

describe('sqlString', () => {
  it('doubles single quotes', () => {
    expect(sqlString("it's")).toBe("'it''s'");
    expect(sqlString("'); DROP TABLE x; --")).toBe("'''); DROP TABLE x; --'");
  });

  it('round-trips hostile strings through DuckDB unchanged', async () => {
    const hostile = ["a'b", "'; SELECT 1; --", "\\'", 'new\nline', '"quoted"', 'ünïcødé'];
    const back = await withDuckDB(async (connection) => {
      const reader = await connection.runAndReadAll(`SELECT ${hostile.map(sqlString).join(', ')}`);
      return reader.getRowsJS()[0];
    });
    expect(back).toEqual(hostile);
  });

  it('refuses a NUL character', () => {
    expect(() => sqlString('a\0b')).toThrow(RangeError);
  });
});
