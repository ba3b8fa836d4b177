import { endianness } from 'node:os';
import { DuckDBTypeId, type DuckDBVector } from '@duckdb/node-api';

const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * The first `count` cells of a DuckDB VARCHAR vector as DuckDB stores them (`duckdb_string_t`,
 * 16 bytes each), as four 32-bit words per cell: the byte length, then either the string itself
 * when it is at most 12 bytes long (zero-padded) or a 4-byte prefix and a pointer. A view of
 * DuckDB's chunk memory, valid until the next chunk is fetched; undefined when the vector is not
 * held that way (or on a big-endian machine). The words of a NULL cell mean nothing.
 *
 * Why: the words of a short string identify it without turning it into a JavaScript string,
 * which costs about as much as the rest of a CSV read for a million rows of five labelled
 * columns (see createLabelCoder). @duckdb/node-api keeps the cells in a DataView that its type
 * declarations mark private; a test pins this on the installed version.
 *
 * @example const words = stringVectorWords(chunk.getColumnVector(0), chunk.rowCount);
 */
export function stringVectorWords(vector: DuckDBVector, count: number): Int32Array | undefined {
  if (vector.type.typeId !== DuckDBTypeId.VARCHAR) return undefined;
  const view: unknown = (vector as unknown as { readonly dataView?: unknown }).dataView;
  if (!LITTLE_ENDIAN || !(view instanceof DataView) || view.byteLength < count * 16) return undefined;
  if (view.byteOffset % 4 !== 0) return undefined;
  return new Int32Array(view.buffer, view.byteOffset, count * 4);
}
