import type { ColumnType } from '../core/column-type.js';
import type { Frame } from '../core/frame.js';
import { MISSING_BOOLEAN, MISSING_CODE } from '../core/frame.js';
import { SextantError } from '../core/sextant-error.js';

/** One input a model takes. */
export interface SignatureInput {
  readonly name: string;
  readonly type: ColumnType;
  /** False when training data had missing values, which the pipeline imputes. */
  readonly required: boolean;
  /** Categorical inputs: the labels seen in training. Unknown labels are allowed and encoded as "unknown". */
  readonly categories?: readonly string[];
  /** Numeric and datetime inputs: the finite training range, for "out of range" data-quality checks. */
  readonly range?: { readonly min: number; readonly max: number };
}

export type ModelTask = 'binary' | 'multiclass' | 'regression';

/** What a model takes and gives: the contract the server validates requests against. */
export interface ModelSignature {
  readonly inputs: readonly SignatureInput[];
  readonly output: {
    readonly target: string;
    readonly task: ModelTask;
    /** Class labels in the order of predicted probabilities (classification only). */
    readonly classes?: readonly string[];
  };
}

/**
 * Derives a signature from the training frame: every feature column with its type, whether it may be
 * missing, its categories or range; and the output with its classes.
 */
export function signatureFromFrame(
  frame: Frame,
  features: readonly string[],
  output: ModelSignature['output'],
): ModelSignature {
  return { inputs: features.map((name) => describeInput(frame, name)), output };
}

function describeInput(frame: Frame, name: string): SignatureInput {
  const column = frame.columns.find((c) => c.name === name);
  if (column === undefined)
    throw new SextantError('COLUMN_MISSING', `feature column "${name}" is not in the data`, { name });
  switch (column.type) {
    case 'numeric':
    case 'datetime': {
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      let missing = false;
      for (const v of column.values) {
        if (Number.isNaN(v)) missing = true;
        else if (Number.isFinite(v)) {
          if (v < min) min = v;
          if (v > max) max = v;
        }
      }
      const range = min <= max ? { min, max } : undefined;
      return { name, type: column.type, required: !missing, ...(range ? { range } : {}) };
    }
    case 'categorical': {
      const used = new Uint8Array(column.dictionary.length);
      let missing = false;
      for (const code of column.codes) {
        if (code === MISSING_CODE) missing = true;
        else used[code] = 1;
      }
      const categories = column.dictionary.filter((_, i) => used[i] === 1);
      return { name, type: 'categorical', required: !missing, categories };
    }
    case 'boolean':
      return { name, type: 'boolean', required: !column.values.includes(MISSING_BOOLEAN) };
    case 'text':
      return { name, type: 'text', required: !column.values.includes(null) };
  }
}
