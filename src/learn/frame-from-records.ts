import type { Column, Frame } from '../core/frame.js';
import { MISSING_BOOLEAN, MISSING_CODE } from '../core/frame.js';
import { SextantError } from '../core/sextant-error.js';
import type { ModelSignature, SignatureInput } from './model-signature.js';

export interface FrameFromRecordsOptions {
  /**
   * Categorical dictionaries hold only the labels of these records, in order of first appearance,
   * instead of starting with every training category. Featurizers read labels, not codes, so the
   * features are the same; a one-row prediction then costs nothing per training category (a model
   * with 10 000 categories would otherwise copy and index all of them on every request).
   */
  readonly batchDictionaries?: boolean;
}

/**
 * Builds a Frame from JSON records (a prediction request's instances) following a model's signature:
 * every signature input becomes a column of its type; null or absent values are missing. A value that
 * cannot be read as its type is INVALID_ARGUMENT naming the row and field. Unknown fields are ignored.
 */
export function frameFromRecords(
  records: readonly Record<string, unknown>[],
  signature: ModelSignature,
  options: FrameFromRecordsOptions = {},
): Frame {
  const batch = options.batchDictionaries === true;
  return {
    rowCount: records.length,
    columns: signature.inputs.map((input) => columnOf(records, input, batch)),
  };
}

function columnOf(
  records: readonly Record<string, unknown>[],
  input: SignatureInput,
  batchDictionaries: boolean,
): Column {
  const { name } = input;
  const bad = (row: number, value: unknown): SextantError =>
    new SextantError(
      'INVALID_ARGUMENT',
      `instance ${row}, field "${name}": ${JSON.stringify(value)} is not ${input.type}`,
      {
        row,
        field: name,
      },
    );
  const missing = (value: unknown) => value === null || value === undefined;
  switch (input.type) {
    case 'numeric':
    case 'datetime': {
      const values = new Float64Array(records.length);
      records.forEach((record, row) => {
        const value = record[name];
        if (missing(value)) values[row] = Number.NaN;
        else if (typeof value === 'number' && Number.isFinite(value)) values[row] = value;
        else if (input.type === 'datetime' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
          values[row] = Date.parse(value);
        } else throw bad(row, value);
      });
      return { name, type: input.type, values };
    }
    case 'categorical': {
      const dictionary = batchDictionaries ? [] : [...(input.categories ?? [])];
      const index = new Map(dictionary.map((label, i) => [label, i]));
      const codes = new Int32Array(records.length);
      records.forEach((record, row) => {
        const value = record[name];
        if (missing(value)) {
          codes[row] = MISSING_CODE;
          return;
        }
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
          throw bad(row, value);
        const label = String(value);
        let code = index.get(label);
        if (code === undefined) {
          code = dictionary.push(label) - 1;
          index.set(label, code);
        }
        codes[row] = code;
      });
      return { name, type: 'categorical', codes, dictionary };
    }
    case 'boolean': {
      const values = new Uint8Array(records.length);
      records.forEach((record, row) => {
        const value = record[name];
        if (missing(value)) values[row] = MISSING_BOOLEAN;
        else if (typeof value === 'boolean') values[row] = value ? 1 : 0;
        else throw bad(row, value);
      });
      return { name, type: 'boolean', values };
    }
    case 'text':
      return {
        name,
        type: 'text',
        values: records.map((record, row) => {
          const value = record[name];
          if (missing(value)) return null;
          if (typeof value !== 'string') throw bad(row, value);
          return value;
        }),
      };
  }
}
