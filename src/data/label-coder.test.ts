import type { DuckDBVector } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { MISSING_CODE } from '../core/frame.js';
import { LabelCoder } from './label-coder.js';
import { withDuckDB } from './with-duckdb.js';

/** Codes a streamed VARCHAR column with a LabelCoder, and returns the codes, labels and plain decoded cells. */
async function code(
  select: string,
): Promise<{ codes: number[]; labels: string[]; cells: (string | null)[] }> {
  return withDuckDB(async (connection) => {
    const result = await connection.stream(`SELECT s, CAST(s IS NULL AS UTINYINT) FROM (${select}) t(s)`);
    const coder = new LabelCoder();
    const codes: number[] = [];
    const cells: (string | null)[] = [];
    for (;;) {
      const chunk = await result.fetchChunk();
      if (chunk === null || chunk.rowCount === 0) break;
      const out = new Int32Array(codes.length + chunk.rowCount);
      const labels = chunk.getColumnVector(0) as DuckDBVector;
      coder.encode(labels, chunk.getColumnVector(1) as DuckDBVector, out, codes.length, chunk.rowCount);
      for (let row = 0; row < chunk.rowCount; row++) cells.push(labels.getItem(row) as string | null);
      codes.push(...out.subarray(codes.length));
    }
    return { codes, labels: coder.labels, cells };
  });
}

describe('LabelCoder', () => {
  it('numbers labels in order of first appearance, short and long, with NULL missing', async () => {
    const { codes, labels } = await code(
      "SELECT * FROM (VALUES ('b'), ('a label longer than twelve bytes'), (NULL), ('b'), (''), ('été'), " +
        "('a label longer than twelve bytes'), (''), ('twelve bytes'), ('été'), (NULL))",
    );
    expect(labels).toEqual(['b', 'a label longer than twelve bytes', '', 'été', 'twelve bytes']);
    expect(codes).toEqual([0, 1, MISSING_CODE, 0, 2, 3, 1, 2, 4, 3, MISSING_CODE]);
  });

  it('keeps every cell over many chunks and thousands of distinct labels', async () => {
    const { codes, labels, cells } = await code(
      "SELECT CASE WHEN i % 97 = 0 THEN NULL WHEN i % 5 = 0 THEN 'long label number ' || (i % 301) ELSE 'k' || (i * 7919 % 6007) END FROM range(50000) t(i)",
    );
    expect(labels.length).toBeGreaterThan(6000);
    expect(new Set(labels).size).toBe(labels.length);
    expect(codes.map((c) => (c === MISSING_CODE ? null : labels[c]))).toEqual(cells);
    const firstSeen = [...new Set(cells.filter((cell) => cell !== null))];
    expect(labels).toEqual(firstSeen);
  });
});
