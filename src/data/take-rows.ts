import type { Column, Frame } from '../core/frame.js';

/** The rows of `frame` at `rows` (in that order), every column copied into new arrays of its own type. */
export function takeRows(frame: Frame, rows: Uint32Array): Frame {
  return { rowCount: rows.length, columns: frame.columns.map((column) => takeColumn(column, rows)) };
}

function takeColumn(column: Column, rows: Uint32Array): Column {
  switch (column.type) {
    case 'numeric':
    case 'datetime': {
      const values = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) values[i] = column.values[rows[i]!]!;
      return { ...column, values };
    }
    case 'categorical': {
      const codes = new Int32Array(rows.length);
      for (let i = 0; i < rows.length; i++) codes[i] = column.codes[rows[i]!]!;
      return { ...column, codes };
    }
    case 'boolean': {
      const values = new Uint8Array(rows.length);
      for (let i = 0; i < rows.length; i++) values[i] = column.values[rows[i]!]!;
      return { ...column, values };
    }
    case 'text':
      return { ...column, values: Array.from(rows, (r) => column.values[r] ?? null) };
  }
}
