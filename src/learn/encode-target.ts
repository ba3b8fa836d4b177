import type { Column } from '../core/frame.js';
import { MISSING_BOOLEAN, MISSING_CODE } from '../core/frame.js';
import { SextantError } from '../core/sextant-error.js';
import type { ModelTask } from './model-signature.js';

/** A target column as a learner takes it. */
export interface EncodedTarget {
  readonly task: ModelTask;
  /** Class index (classification) or value (regression) per row; NaN where the label is missing. */
  readonly y: Float64Array;
  /** Class labels by index (classification only), sorted so the order does not depend on row order. */
  readonly classes?: readonly string[];
  /** Class index per row, -1 where missing: the strata of a stratified split. */
  readonly strata?: Int32Array;
}

/**
 * Reads the target column: categorical and boolean targets are classification (two classes binary,
 * more multiclass), numeric targets regression. Classes are sorted (numerically when every label is a
 * number, so "2" comes before "10"), and a class needs at least one labelled row.
 */
export function encodeTarget(column: Column): EncodedTarget {
  if (column.type === 'numeric') {
    return {
      task: 'regression',
      y: Float64Array.from(column.values, (v) => (Number.isFinite(v) ? v : Number.NaN)),
    };
  }
  let labels: (string | null)[];
  if (column.type === 'categorical') {
    labels = Array.from(column.codes, (c) => (c === MISSING_CODE ? null : (column.dictionary[c] as string)));
  } else if (column.type === 'boolean') {
    labels = Array.from(column.values, (v) => (v === MISSING_BOOLEAN ? null : v === 1 ? 'true' : 'false'));
  } else {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `target column "${column.name}" is ${column.type}; a target must be numeric, categorical or boolean`,
    );
  }
  const distinct = [...new Set(labels.filter((l): l is string => l !== null))];
  const numeric = distinct.every((l) => l.trim() !== '' && Number.isFinite(Number(l)));
  const classes = distinct.sort(numeric ? (a, b) => Number(a) - Number(b) : undefined);
  if (classes.length < 2) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `target column "${column.name}" has ${classes.length} class${classes.length === 1 ? '' : 'es'}; classification needs at least 2`,
    );
  }
  const index = new Map(classes.map((label, i) => [label, i]));
  const strata = Int32Array.from(labels, (l) => (l === null ? -1 : (index.get(l) as number)));
  const y = Float64Array.from(strata, (s) => (s < 0 ? Number.NaN : s));
  return { task: classes.length === 2 ? 'binary' : 'multiclass', y, classes, strata };
}
