import type { Column } from '../core/frame.js';

/** A column seen as labels: codes into a dictionary, -1 missing (the categorical layout). */
export interface ColumnLabels {
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

/**
 * Any column as categorical labels, so one-hot encoding works on whatever type the schema gave a
 * column the user declared categorical (`--categorical zip`): booleans become "false"/"true", numbers
 * their shortest decimal text, instants their ISO 8601 text, text its own value.
 */
export function columnAsLabels(column: Column): ColumnLabels {
  switch (column.type) {
    case 'categorical':
      return { codes: column.codes, dictionary: column.dictionary };
    case 'boolean': {
      const codes = new Int32Array(column.values.length);
      for (let i = 0; i < codes.length; i++) {
        const v = column.values[i];
        codes[i] = v === 0 ? 0 : v === 1 ? 1 : -1;
      }
      return { codes, dictionary: ['false', 'true'] };
    }
    case 'text':
      return encode(column.values.length, (i) => column.values[i] ?? null);
    case 'numeric':
      return encode(column.values.length, (i) => {
        const v = column.values[i]!;
        return Number.isNaN(v) ? null : String(v);
      });
    case 'datetime':
      return encode(column.values.length, (i) => {
        const v = column.values[i]!;
        return Number.isNaN(v) ? null : new Date(v).toISOString();
      });
  }
}

function encode(length: number, label: (i: number) => string | null): ColumnLabels {
  const codes = new Int32Array(length);
  const index = new Map<string, number>();
  for (let i = 0; i < length; i++) {
    const value = label(i);
    if (value === null) {
      codes[i] = -1;
      continue;
    }
    let code = index.get(value);
    if (code === undefined) {
      code = index.size;
      index.set(value, code);
    }
    codes[i] = code;
  }
  return { codes, dictionary: [...index.keys()] };
}
