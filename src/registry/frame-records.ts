import type { Column, Frame } from '../core/frame.js';
import { MISSING_BOOLEAN, MISSING_CODE } from '../core/frame.js';

/**
 * The rows of a frame as plain records of JSON values, for writing files: numbers (NaN: null),
 * category labels, texts, booleans, and datetimes as ISO 8601 UTC strings. Missing cells are null.
 */
export function frameRecords(frame: Frame): Record<string, unknown>[] {
  const cells = frame.columns.map(cellReader);
  const records: Record<string, unknown>[] = new Array(frame.rowCount);
  for (let row = 0; row < frame.rowCount; row++) {
    const record: Record<string, unknown> = {};
    frame.columns.forEach((column, i) => {
      record[column.name] = cells[i]!(row);
    });
    records[row] = record;
  }
  return records;
}

function cellReader(column: Column): (row: number) => unknown {
  switch (column.type) {
    case 'numeric':
      return (row) => (Number.isNaN(column.values[row]) ? null : column.values[row]);
    case 'datetime':
      return (row) => {
        const value = column.values[row] as number;
        return Number.isFinite(value) ? new Date(value).toISOString() : null;
      };
    case 'categorical':
      return (row) => {
        const code = column.codes[row] as number;
        return code === MISSING_CODE ? null : column.dictionary[code];
      };
    case 'boolean':
      return (row) => (column.values[row] === MISSING_BOOLEAN ? null : column.values[row] === 1);
    case 'text':
      return (row) => column.values[row];
  }
}
