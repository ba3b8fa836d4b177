import type { Column, Frame } from '../core/frame.js';
import { MISSING_BOOLEAN, MISSING_CODE } from '../core/frame.js';

/**
 * The rows of a frame as plain records (the shape `writeCsv` and JSON output take): numbers as numbers,
 * categories as their labels, datetimes as ISO 8601 UTC strings, booleans as true / false, and every
 * missing value as null, so that writing and reading a frame back gives the same columns.
 */
export function frameToRecords(frame: Frame): Record<string, unknown>[] {
  const cells = frame.columns.map(cellReader);
  const records: Record<string, unknown>[] = new Array(frame.rowCount);
  for (let row = 0; row < frame.rowCount; row++) {
    const record: Record<string, unknown> = {};
    frame.columns.forEach((column, index) => {
      record[column.name] = cells[index]!(row);
    });
    records[row] = record;
  }
  return records;
}

function cellReader(column: Column): (row: number) => unknown {
  switch (column.type) {
    case 'numeric':
      return (row) => {
        const v = column.values[row]!;
        return Number.isNaN(v) ? null : v;
      };
    case 'datetime':
      return (row) => {
        const v = column.values[row]!;
        return Number.isFinite(v) ? new Date(v).toISOString() : null;
      };
    case 'categorical':
      return (row) => {
        const code = column.codes[row]!;
        return code === MISSING_CODE ? null : column.dictionary[code];
      };
    case 'boolean':
      return (row) => {
        const v = column.values[row]!;
        return v === MISSING_BOOLEAN ? null : v === 1;
      };
    case 'text':
      return (row) => column.values[row] ?? null;
  }
}
