import { SextantError } from '../../core/sextant-error.js';
import { encodeTypedArray } from './encode-typed-array.js';
import type { GbdtKind } from './gbdt-kind.js';
import type { GbdtTree } from './gbdt-tree.js';
import type { SerializedGbdtModel } from './serialized-gbdt-model.js';

/**
 * A trained histogram gradient-boosting model: raw scores, probabilities and labels for rows of raw
 * feature values (row-major Float64Array, `nFeatures` per row, NaN = missing). Trees compare raw
 * values against stored thresholds, so serving needs no binner; one row costs one walk per tree.
 *
 * Build one with `trainGbdt` or `parseGbdtModel`; save it with `JSON.stringify(model)`.
 */
export class GbdtModel {
  /** Raw scores per row: K for multiclass, 1 for binary (log-odds of classes[1]) and regression. */
  readonly nRawScores: number;

  constructor(
    readonly kind: GbdtKind,
    readonly nFeatures: number,
    /** Class labels in raw-score order; empty for regression. */
    readonly classes: readonly number[],
    /** Raw score before any tree, per raw score. */
    readonly baseline: Float64Array,
    /** Iteration-major: tree t * nRawScores + k adds to raw score k. */
    readonly trees: readonly GbdtTree[],
  ) {
    this.nRawScores = baseline.length;
  }

  /** Boosting iterations the model holds. */
  get nIterations(): number {
    return this.trees.length / this.nRawScores;
  }

  /** Raw scores, row-major: `nRawScores` per row. */
  predictRaw(x: Float64Array): Float64Array {
    const nRows = this.rowsOf(x);
    const k = this.nRawScores;
    const out = new Float64Array(nRows * k);
    for (let i = 0; i < nRows; i++) {
      for (let s = 0; s < k; s++) out[i * k + s] = this.baseline[s]!;
    }
    for (let t = 0; t < this.trees.length; t++)
      addTree(this.trees[t]!, x, nRows, this.nFeatures, out, k, t % k);
    return out;
  }

  /** Class probabilities, row-major: one per class (two for binary, as scikit-learn's predict_proba). */
  predictProba(x: Float64Array): Float64Array {
    if (this.kind === 'regression') {
      throw new SextantError('INVALID_ARGUMENT', 'a regression model has no class probabilities');
    }
    const raw = this.predictRaw(x);
    if (this.kind === 'binary') {
      const out = new Float64Array(raw.length * 2);
      for (let i = 0; i < raw.length; i++) {
        const p = 1 / (1 + Math.exp(-raw[i]!));
        out[2 * i] = 1 - p;
        out[2 * i + 1] = p;
      }
      return out;
    }
    const k = this.nRawScores;
    for (let i = 0; i < raw.length; i += k) softmaxInPlace(raw, i, k);
    return raw;
  }

  /** Predicted label per row (the class of highest probability), or the predicted value for regression. */
  predict(x: Float64Array): Float64Array {
    const raw = this.predictRaw(x);
    if (this.kind === 'regression') return raw;
    const k = this.nRawScores;
    const nRows = raw.length / k;
    const out = new Float64Array(nRows);
    for (let i = 0; i < nRows; i++) {
      if (this.kind === 'binary') {
        out[i] = this.classes[raw[i]! > 0 ? 1 : 0]!;
        continue;
      }
      let best = 0;
      for (let s = 1; s < k; s++) if (raw[i * k + s]! > raw[i * k + best]!) best = s;
      out[i] = this.classes[best]!;
    }
    return out;
  }

  /** The JSON form; `parseGbdtModel` reads it back to a model with identical predictions. */
  toJSON(): SerializedGbdtModel {
    return {
      format: 'sextant-gbdt',
      version: 1,
      kind: this.kind,
      nFeatures: this.nFeatures,
      classes: [...this.classes],
      baseline: [...this.baseline],
      trees: this.trees.map((tree) => ({
        nodes: tree.feature.length,
        feature: encodeTypedArray(tree.feature),
        threshold: encodeTypedArray(tree.threshold),
        missingLeft: encodeTypedArray(tree.missingLeft),
        left: encodeTypedArray(tree.left),
        right: encodeTypedArray(tree.right),
        value: encodeTypedArray(tree.value),
      })),
    };
  }

  private rowsOf(x: Float64Array): number {
    if (!(x instanceof Float64Array) || x.length % this.nFeatures !== 0) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `expected a Float64Array of rows with ${this.nFeatures} features each`,
        { nFeatures: this.nFeatures },
      );
    }
    return x.length / this.nFeatures;
  }
}

/** Adds one tree's leaf value to raw score `slot` of every row. */
function addTree(
  tree: GbdtTree,
  x: Float64Array,
  nRows: number,
  nFeatures: number,
  out: Float64Array,
  k: number,
  slot: number,
): void {
  const { feature, threshold, missingLeft, left, right, value } = tree;
  for (let i = 0; i < nRows; i++) {
    const offset = i * nFeatures;
    let node = 0;
    let f = feature[0]!;
    while (f >= 0) {
      const v = x[offset + f]!;
      // NaN fails `<=`; a missing value then goes left only where missingLeft says so.
      node =
        v <= threshold[node]! || (missingLeft[node] === 1 && Number.isNaN(v)) ? left[node]! : right[node]!;
      f = feature[node]!;
    }
    out[i * k + slot]! += value[node]!;
  }
}

function softmaxInPlace(raw: Float64Array, offset: number, k: number): void {
  let max = Number.NEGATIVE_INFINITY;
  for (let s = 0; s < k; s++) max = Math.max(max, raw[offset + s]!);
  let sum = 0;
  for (let s = 0; s < k; s++) {
    const e = Math.exp(raw[offset + s]! - max);
    raw[offset + s] = e;
    sum += e;
  }
  for (let s = 0; s < k; s++) raw[offset + s]! /= sum;
}
