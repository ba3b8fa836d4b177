import type { Column } from '../core/frame.js';
import type { FeatureMatrix } from './feature-matrix.js';
import type { TypedArena } from './typed-arena.js';

/** The plain-JSON state every fitted featurizer saves: its kind, its input column, then its own fields. */
export interface FeaturizerJson {
  readonly type: string;
  readonly column: string;
}

/**
 * A fitted transformation of one input column into feature columns. Fitting is a static `fit` on each
 * implementation (it learns medians, categories, a vocabulary); what remains is a pure function of the
 * column plus the state `toJSON` saves and the implementation's static `fromJSON` restores.
 */
export interface Featurizer {
  /** The state tag: numeric, one-hot, tfidf, datetime-parts. */
  readonly type: string;
  /** The input column read by name from a Frame. */
  readonly column: string;
  /** One name per output column, for explanations and the model signature. */
  readonly featureNames: readonly string[];
  /** Whether `transform` returns a CSR matrix (TF-IDF, one-hot) rather than a dense one. */
  readonly sparse: boolean;
  /**
   * The feature rows of a column (of any row count, with the same meaning as at fit). With an arena
   * the result's arrays are views into it, valid until the arena is reset (the serving path).
   */
  transform(column: Column, arena?: TypedArena): FeatureMatrix;
  /**
   * Adds row `row`'s features times `weights` to `scores[0..k)`: for every feature column c it would
   * output, in transform's order, `scores[j] += x_c · weights[(offset + c) · k + j]`. The serving
   * path scores one row this way, without building a matrix; the same additions in the same order
   * as the matrix product, so the same bits. Featurizers without it keep the matrix path.
   */
  addRowScores?(
    column: Column,
    row: number,
    weights: Float64Array,
    k: number,
    offset: number,
    scores: Float64Array,
  ): void;
  toJSON(): FeaturizerJson;
}
