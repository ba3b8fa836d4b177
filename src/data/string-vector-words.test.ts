import type { DuckDBVector } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { stringVectorWords } from './string-vector-words.js';
import { withDuckDB } from './with-duckdb.js';

describe('stringVectorWords', () => {
  it('gives each VARCHAR cell its byte length and, up to 12 bytes, its zero-padded bytes', async () => {
    await withDuckDB(async (connection) => {
      const result = await connection.stream(
        "SELECT * FROM (VALUES ('red'), (''), ('twelve bytes'), ('thirteen bytes'), ('été'), (NULL)) t(s)",
      );
      const chunk = await result.fetchChunk();
      const vector = chunk?.getColumnVector(0) as DuckDBVector;
      const words = stringVectorWords(vector, 6);
      expect(words).toBeInstanceOf(Int32Array);
      const cell = (row: number) => new Uint8Array(words!.buffer, words!.byteOffset + row * 16, 16);
      const inline = (text: string) => {
        const bytes = new Uint8Array(16);
        const encoded = new TextEncoder().encode(text);
        new DataView(bytes.buffer).setUint32(0, encoded.length, true);
        bytes.set(encoded, 4);
        return [...bytes];
      };
      expect([...cell(0)]).toEqual(inline('red'));
      expect([...cell(1)]).toEqual(inline(''));
      expect([...cell(2)]).toEqual(inline('twelve bytes'));
      expect(words![3 * 4]).toBe(14);
      expect([...cell(4)]).toEqual(inline('été'));
      expect(stringVectorWords(vector, 7)).toBeUndefined();
    });
  });

  it('refuses vectors of other types', async () => {
    await withDuckDB(async (connection) => {
      const result = await connection.stream('SELECT 1.5::DOUBLE, 2::INTEGER');
      const chunk = await result.fetchChunk();
      expect(stringVectorWords(chunk?.getColumnVector(0) as DuckDBVector, 1)).toBeUndefined();
      expect(stringVectorWords(chunk?.getColumnVector(1) as DuckDBVector, 1)).toBeUndefined();
    });
  });
});
