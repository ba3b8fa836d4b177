import { describe, expect, it } from 'vitest';
import { withDuckDB } from './with-duckdb.js';

describe('withDuckDB', () => {
  it('returns what the work returns, with UTC and file order set', async () => {
    const settings = await withDuckDB(async (connection) => {
      const reader = await connection.runAndReadAll(
        "SELECT current_setting('TimeZone'), current_setting('preserve_insertion_order'), " +
          "current_setting('autoinstall_known_extensions')",
      );
      return reader.getRowsJS()[0];
    });
    expect(settings).toEqual(['UTC', true, false]);
  });

  it('passes the error of the work through and closes the connection', async () => {
    let kept: { closeSync(): void } | undefined;
    await expect(
      withDuckDB(async (connection) => {
        kept = connection;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const closed = kept as unknown as { runAndReadAll(sql: string): Promise<unknown> };
    await expect(closed.runAndReadAll('SELECT 1')).rejects.toThrow();
  });
});
