import type { Column } from '../core/frame.js';
import { SextantError } from '../core/sextant-error.js';
import { columnAsLabels } from './column-as-labels.js';
import { compareCodePoints } from './compare-code-points.js';
import { CsrMatrix } from './csr-matrix.js';
import type { Featurizer, FeaturizerJson } from './featurizer.js';
import { StateReader } from './state-reader.js';
import type { TypedArena } from './typed-arena.js';

/** Options of {@link OneHotFeaturizer}. */
export interface OneHotFeaturizerOptions {
  /**
   * Categories seen fewer times than this in training share one `__rare__` column: a count (integer
   * ≥ 1) or, below 1, a fraction of the training rows. Default 5: fewer examples than that teach a
   * weight nothing but noise. 1 keeps every category.
   */
  readonly minFrequency?: number;
}

/** Saved state of a {@link OneHotFeaturizer}. */
export interface OneHotFeaturizerJson extends FeaturizerJson {
  readonly type: 'one-hot';
  /** Categories with their own column, in column order (code point order). */
  readonly categories: readonly string[];
  /** Training categories below the minimum frequency, mapped to the shared rare column. */
  readonly rareCategories: readonly string[];
  /** Whether a `__missing__` column exists (the training column had missing values). */
  readonly missingColumn: boolean;
}

/**
 * A categorical (or boolean, or any label-like) column as one-hot columns, one per frequent training
 * category in code point order (stable across retrains whatever the row order), then `__rare__` for
 * the infrequent ones and `__missing__` when training had missing values. A category never seen in
 * training maps to all zeros (scikit-learn's `handle_unknown="ignore"`): serving must not fail on a new
 * label, and zeros mean "no evidence". Output is CSR with at most one entry per row.
 */
export class OneHotFeaturizer implements Featurizer {
  readonly type = 'one-hot' as const;
  readonly sparse = true;
  readonly featureNames: readonly string[];
  private readonly columnOf = new Map<string, number>();
  private readonly missingIndex: number;

  private constructor(
    readonly column: string,
    readonly categories: readonly string[],
    readonly rareCategories: readonly string[],
    readonly missingColumn: boolean,
  ) {
    const names = categories.map((label) => `${column}=${label}`);
    categories.forEach((label, i) => {
      this.columnOf.set(label, i);
    });
    if (rareCategories.length > 0) {
      for (const label of rareCategories) this.columnOf.set(label, names.length);
      names.push(`${column}=__rare__`);
    }
    this.missingIndex = missingColumn ? names.length : -1;
    if (missingColumn) names.push(`${column}=__missing__`);
    this.featureNames = names;
  }

  /** Learns the categories and their frequencies from a column of any type, read as labels. */
  static fit(column: Column, options: OneHotFeaturizerOptions = {}): OneHotFeaturizer {
    const { codes, dictionary } = columnAsLabels(column);
    const minFrequency = options.minFrequency ?? 5;
    if (!(minFrequency > 0) || (minFrequency >= 1 && !Number.isInteger(minFrequency))) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `minFrequency must be an integer count or a fraction in (0, 1), got ${minFrequency}`,
      );
    }
    const threshold = minFrequency < 1 ? minFrequency * codes.length : minFrequency;
    const counts = new Float64Array(dictionary.length);
    let missing = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (code < 0) missing++;
      else counts[code]!++;
    }
    const frequent: string[] = [];
    const rare: string[] = [];
    dictionary.forEach((label, code) => {
      if (counts[code]! >= threshold) frequent.push(label);
      else if (counts[code]! > 0) rare.push(label);
    });
    return new OneHotFeaturizer(
      column.name,
      frequent.sort(compareCodePoints),
      rare.sort(compareCodePoints),
      missing > 0,
    );
  }

  transform(column: Column, arena?: TypedArena): CsrMatrix {
    const { codes, dictionary } = columnAsLabels(column);
    const target = arena?.int32(dictionary.length) ?? new Int32Array(dictionary.length);
    for (let i = 0; i < dictionary.length; i++) target[i] = this.columnOf.get(dictionary[i]!) ?? -1;
    const n = codes.length;
    const indptr = arena?.int32(n + 1) ?? new Int32Array(n + 1);
    let nnz = 0;
    for (let i = 0; i < n; i++) {
      const code = codes[i]!;
      if ((code < 0 ? this.missingIndex : target[code]!) >= 0) nnz++;
      indptr[i + 1] = nnz;
    }
    const indices = arena?.int32(nnz) ?? new Int32Array(nnz);
    for (let i = 0, p = 0; i < n; i++) {
      const code = codes[i]!;
      const c = code < 0 ? this.missingIndex : target[code]!;
      if (c >= 0) indices[p++] = c;
    }
    const ones = (arena?.float64(nnz) ?? new Float64Array(nnz)).fill(1);
    return new CsrMatrix(n, this.featureNames.length, indptr, indices, ones);
  }

  addRowScores(
    column: Column,
    row: number,
    weights: Float64Array,
    k: number,
    offset: number,
    scores: Float64Array,
  ): void {
    const { codes, dictionary } = columnAsLabels(column);
    const code = codes[row]!;
    const c = code < 0 ? this.missingIndex : (this.columnOf.get(dictionary[code]!) ?? -1);
    if (c < 0) return;
    // transform's value is 1, and 1 · w is w.
    const at = (offset + c) * k;
    for (let j = 0; j < k; j++) scores[j]! += 1 * weights[at + j]!;
  }

  toJSON(): OneHotFeaturizerJson {
    const { type, column, categories, rareCategories, missingColumn } = this;
    return { type, column, categories, rareCategories, missingColumn };
  }

  /** Restores a featurizer from {@link toJSON}'s state, checking every field. */
  static fromJSON(json: unknown): OneHotFeaturizer {
    const state = new StateReader(json, 'one-hot featurizer');
    state.literal('type', 'one-hot');
    const categories = state.strings('categories');
    const rare = state.strings('rareCategories');
    if (new Set([...categories, ...rare]).size !== categories.length + rare.length)
      state.fail('categories repeat');
    return new OneHotFeaturizer(state.string('column'), categories, rare, state.boolean('missingColumn'));
  }
}
