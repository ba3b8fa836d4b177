import type { DuckDBVector } from '@duckdb/node-api';

/** The typed arrays a fixed-width DuckDB vector can sit on, as Frame storage uses them. */
type ItemsConstructor = Float64ArrayConstructor | Int32ArrayConstructor | Uint8ArrayConstructor;

/**
 * The first `count` cells of a fixed-width DuckDB vector (DOUBLE as Float64Array, INTEGER as
 * Int32Array, UTINYINT as Uint8Array), as a view of DuckDB's own chunk memory, or undefined when
 * the vector is not held that way. The view is valid only until the next chunk is fetched: copy it.
 * Nulls are not marked: read only expressions that are never NULL (COALESCE them in SQL).
 *
 * Why: @duckdb/node-api hands out a vector's cells one `getItem` at a time, and each call tests the
 * validity mask with BigInt arithmetic: about 1.5 s per million rows of 25 columns, most of a CSV
 * read. Its fixed-width vectors keep their cells in an `items` typed array, which its type
 * declarations mark private; copying that with one `set` per chunk costs next to nothing. When a
 * later version holds them otherwise, this returns undefined and callers fall back to `getItem`
 * (a test pins the fast path on the installed version).
 *
 * @example const cells = vectorItems(chunk.getColumnVector(0), Float64Array, chunk.rowCount);
 */
export function vectorItems<C extends ItemsConstructor>(
  vector: DuckDBVector,
  type: C,
  count: number,
): InstanceType<C> | undefined {
  const items: unknown = (vector as unknown as { readonly items?: unknown }).items;
  if (!(items instanceof type) || items.length < count) return undefined;
  return items.subarray(0, count) as InstanceType<C>;
}
