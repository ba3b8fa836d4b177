import type { DuckDBVector } from '@duckdb/node-api';
import type { ColumnType } from '../core/column-type.js';
import { type Column, MISSING_BOOLEAN, MISSING_CODE } from '../core/frame.js';
import type { EnumDictionary } from './create-enum-dictionaries.js';
import type { SourceColumn } from './source-column.js';
import { valueSql } from './value-sql.js';

/** Fills one Frame column from DuckDB chunks, into storage allocated once for all rows. */
export interface ColumnBuilder {
  /** The SQL expression to select for this column; `fill` expects its vectors. */
  readonly sql: string;
  /** Copies `count` cells of `vector` to rows `offset ..< offset + count`. */
  fill(vector: DuckDBVector, offset: number, count: number): void;
  /** The finished column. */
  build(): Column;
}

/**
 * A builder for `column` read as `type`, for a file of `rowCount` rows. DuckDB converts and
 * marks missing values in SQL (NaN for numbers and instants, 255 for booleans, -1 for labels),
 * so the copy loop only moves numbers into a typed array preallocated at its final size:
 * memory stays near the column's raw bytes. A categorical column needs its `dictionary` (an
 * ENUM type, see createEnumDictionaries); its codes are renumbered in order of first appearance.
 */
export function createColumnBuilder(
  column: SourceColumn,
  type: ColumnType,
  rowCount: number,
  dictionary?: EnumDictionary,
): ColumnBuilder {
  const { name } = column;
  const value = valueSql(column, type);
  switch (type) {
    case 'numeric':
    case 'datetime': {
      const values = new Float64Array(rowCount);
      return {
        sql: `COALESCE(${value}, CAST('NaN' AS DOUBLE))`,
        fill: (vector, offset, count) => {
          for (let row = 0; row < count; row++)
            values[offset + row] = (vector.getItem(row) as number | null) ?? Number.NaN;
        },
        build: () => ({ name, type, values }),
      };
    }
    case 'boolean': {
      const values = new Uint8Array(rowCount);
      return {
        sql: `CAST(CASE WHEN (${value}) IS NULL THEN ${MISSING_BOOLEAN} WHEN (${value}) THEN 1 ELSE 0 END AS UTINYINT)`,
        fill: (vector, offset, count) => {
          for (let row = 0; row < count; row++) values[offset + row] = vector.getItem(row) as number;
        },
        build: () => ({ name, type, values }),
      };
    }
    case 'categorical': {
      if (dictionary === undefined) throw new TypeError(`categorical column ${name} needs its dictionary`);
      const codes = new Int32Array(rowCount);
      const codeOfEnum = new Int32Array(dictionary.labels.length).fill(MISSING_CODE);
      const labels: string[] = [];
      return {
        sql: `COALESCE(CAST(enum_code(CAST(${value} AS ${dictionary.typeName})) AS INTEGER), ${MISSING_CODE})`,
        fill: (vector, offset, count) => {
          for (let row = 0; row < count; row++) {
            const enumCode = vector.getItem(row) as number;
            let code = MISSING_CODE;
            if (enumCode >= 0) {
              code = codeOfEnum[enumCode] ?? MISSING_CODE;
              if (code === MISSING_CODE) {
                code = labels.length;
                codeOfEnum[enumCode] = code;
                labels.push(dictionary.labels[enumCode] ?? '');
              }
            }
            codes[offset + row] = code;
          }
        },
        build: () => ({ name, type, codes, dictionary: labels }),
      };
    }
    case 'text': {
      const values = new Array<string | null>(rowCount).fill(null);
      return {
        sql: value,
        fill: (vector, offset, count) => {
          for (let row = 0; row < count; row++) values[offset + row] = vector.getItem(row) as string | null;
        },
        build: () => ({ name, type, values }),
      };
    }
  }
}
