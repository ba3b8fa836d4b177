import type { DuckDBVector } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { vectorItems } from './vector-items.js';
import { withDuckDB } from './with-duckdb.js';

describe('vectorItems', () => {
  it('hands over the cells of DOUBLE, INTEGER and UTINYINT vectors as getItem reads them', async () => {
    await withDuckDB(async (connection) => {
      const result = await connection.stream(
        'SELECT CAST(i * 0.5 - 7 AS DOUBLE), CAST(i - 1000 AS INTEGER), CAST(i % 256 AS UTINYINT), CAST(i AS VARCHAR) FROM range(5000) t(i)',
      );
      let rows = 0;
      for (;;) {
        const chunk = await result.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) break;
        const count = chunk.rowCount;
        const [d, n, b, s] = [0, 1, 2, 3].map((index) => chunk.getColumnVector(index)) as [
          DuckDBVector,
          DuckDBVector,
          DuckDBVector,
          DuckDBVector,
        ];
        const cells = (vector: DuckDBVector) =>
          Array.from({ length: count }, (_, row) => vector.getItem(row));
        const doubles = vectorItems(d, Float64Array, count);
        const integers = vectorItems(n, Int32Array, count);
        const bytes = vectorItems(b, Uint8Array, count);
        expect(doubles).toBeInstanceOf(Float64Array);
        expect(integers).toBeInstanceOf(Int32Array);
        expect(bytes).toBeInstanceOf(Uint8Array);
        expect([...(doubles ?? [])]).toEqual(cells(d));
        expect([...(integers ?? [])]).toEqual(cells(n));
        expect([...(bytes ?? [])]).toEqual(cells(b));
        expect(vectorItems(d, Int32Array, count)).toBeUndefined();
        expect(vectorItems(s, Float64Array, count)).toBeUndefined();
        expect(vectorItems(d, Float64Array, count + 1)).toBeUndefined();
        rows += count;
      }
      expect(rows).toBe(5000);
    });
  });
});
