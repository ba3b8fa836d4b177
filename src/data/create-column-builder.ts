import type { DuckDBVector } from '@duckdb/node-api';
import type { ColumnType } from '../core/column-type.js';
import { type Column, MISSING_BOOLEAN, MISSING_CODE } from '../core/frame.js';
import { DistinctSketch } from './distinct-sketch.js';
import { LabelCoder } from './label-coder.js';
import type { SourceColumn } from './source-column.js';
import { valueSql } from './value-sql.js';
import { vectorItems } from './vector-items.js';

/** What a schema says about a column's values, counted by a {@link ColumnBuilder} as it fills. */
export interface ColumnValueCounts {
  readonly missingCount: number;
  readonly distinctCount: number;
  /** The distinct count is a HyperLogLog estimate (numeric and datetime columns). */
  readonly distinctApproximate: boolean;
}

/** Fills one Frame column from DuckDB chunks, into storage allocated once for all rows. */
export interface ColumnBuilder {
  /** The SQL expressions to select for this column, in order; `fill` expects their vectors. */
  readonly sql: readonly string[];
  /** Copies `count` cells of `vectors` (one per expression) to rows `offset ..< offset + count`. */
  fill(vectors: readonly DuckDBVector[], offset: number, count: number): void;
  /** The finished column. */
  build(): Column;
  /** The counts of the cells filled, when the builder was asked to count (undefined otherwise). */
  counts(): ColumnValueCounts | undefined;
}

/**
 * A builder for `column` read as `type`, for a file of `rowCount` rows. DuckDB converts and
 * marks missing values in SQL (NaN for numbers and instants, 255 for booleans), so a chunk of
 * numbers is copied with one `set` (see vectorItems) into a typed array preallocated at its final
 * size: memory stays near the column's raw bytes. A categorical column arrives as text with a
 * missing flag and is coded in order of first appearance (see LabelCoder).
 *
 * With `count`, the builder also counts missing and distinct values chunk by chunk, while DuckDB
 * parses the next one: exactly, except for numbers and instants (see DistinctSketch).
 */
export function createColumnBuilder(
  column: SourceColumn,
  type: ColumnType,
  rowCount: number,
  count = false,
): ColumnBuilder {
  const { name } = column;
  const value = valueSql(column, type);
  let missingCount = 0;
  switch (type) {
    case 'numeric':
    case 'datetime': {
      const values = new Float64Array(rowCount);
      const sketch = count ? new DistinctSketch() : undefined;
      return {
        sql: [`COALESCE(${value}, CAST('NaN' AS DOUBLE))`],
        fill: ([vector], offset, cells) => {
          if (vector === undefined) return;
          const items = vectorItems(vector, Float64Array, cells);
          if (items !== undefined) values.set(items, offset);
          else
            for (let row = 0; row < cells; row++)
              values[offset + row] = (vector.getItem(row) as number | null) ?? Number.NaN;
          if (sketch !== undefined) missingCount += sketch.add(values.subarray(offset, offset + cells));
        },
        build: () => ({ name, type, values }),
        counts: () => sketch && { missingCount, distinctCount: sketch.estimate(), distinctApproximate: true },
      };
    }
    case 'boolean': {
      const values = new Uint8Array(rowCount);
      const seen = [0, 0];
      return {
        sql: [
          `CAST(CASE WHEN (${value}) IS NULL THEN ${MISSING_BOOLEAN} WHEN (${value}) THEN 1 ELSE 0 END AS UTINYINT)`,
        ],
        fill: ([vector], offset, cells) => {
          if (vector === undefined) return;
          const items = vectorItems(vector, Uint8Array, cells);
          if (items !== undefined) values.set(items, offset);
          else for (let row = 0; row < cells; row++) values[offset + row] = vector.getItem(row) as number;
          if (!count) return;
          for (let row = offset; row < offset + cells; row++) {
            const cell = values[row]!;
            if (cell === MISSING_BOOLEAN) missingCount++;
            else seen[cell] = 1;
          }
        },
        build: () => ({ name, type, values }),
        counts: () =>
          count
            ? { missingCount, distinctCount: seen[0]! + seen[1]!, distinctApproximate: false }
            : undefined,
      };
    }
    case 'categorical': {
      const codes = new Int32Array(rowCount);
      const coder = new LabelCoder();
      return {
        sql: [value, `CAST((${value}) IS NULL AS UTINYINT)`],
        fill: ([labels, missing], offset, cells) => {
          if (labels === undefined || missing === undefined) return;
          coder.encode(labels, missing, codes, offset, cells);
          if (!count) return;
          for (let row = offset; row < offset + cells; row++) if (codes[row] === MISSING_CODE) missingCount++;
        },
        build: () => ({ name, type, codes, dictionary: coder.labels }),
        counts: () =>
          count
            ? { missingCount, distinctCount: coder.labels.length, distinctApproximate: false }
            : undefined,
      };
    }
    case 'text': {
      const values = new Array<string | null>(rowCount).fill(null);
      return {
        sql: [value],
        fill: ([vector], offset, cells) => {
          if (vector === undefined) return;
          for (let row = 0; row < cells; row++) values[offset + row] = vector.getItem(row) as string | null;
        },
        build: () => ({ name, type, values }),
        counts: () => {
          if (!count) return undefined;
          const present = values.filter((cell) => cell !== null);
          const distinctCount = new Set(present).size;
          return { missingCount: values.length - present.length, distinctCount, distinctApproximate: false };
        },
      };
    }
  }
}
