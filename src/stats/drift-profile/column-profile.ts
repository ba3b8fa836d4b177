/** Fields every column profile has; `type` is the column's logical type in its Frame. */
interface ColumnProfileBase {
  readonly name: string;
  /** Cells of the column, present or not. */
  readonly rows: number;
  /** Missing cells: null, and NaN in numeric and datetime columns. */
  readonly missing: number;
}

/** A numeric or datetime column: its finite values, and counts of what was dropped. */
export interface NumericColumnProfile extends ColumnProfileBase {
  readonly type: 'numeric' | 'datetime';
  readonly kind: 'numeric';
  readonly positiveInfinity: number;
  readonly negativeInfinity: number;
  /** Finite values in the column: rows - missing - infinities. */
  readonly count: number;
  /**
   * The finite values: all `count` of them, or, when shorter, a quantile sketch of them (see
   * sketchSortedValues). Sorted ascending when `sorted` is true.
   */
  readonly values: Float64Array;
  readonly sorted: boolean;
}

/** A categorical or boolean column: how often each label occurs (labels with a zero count absent). */
export interface CategoricalColumnProfile extends ColumnProfileBase {
  readonly type: 'categorical' | 'boolean';
  readonly kind: 'categorical';
  /** Count per label, in order of first appearance. */
  readonly counts: ReadonlyMap<string, number>;
}

/** A text column: how often each word occurs (see countWords). */
export interface TextColumnProfile extends ColumnProfileBase {
  readonly type: 'text';
  readonly kind: 'text';
  /** Present (non-missing) documents. */
  readonly documents: number;
  /** Every word occurrence, including those of words left out of `words`. */
  readonly tokens: number;
  /** Count per word; a saved profile keeps only the most frequent words. */
  readonly words: ReadonlyMap<string, number>;
  /**
   * The present documents themselves, when the side was read from a data file (never saved in a
   * profile): statistics that learn from documents, such as the domain classifier, need them.
   */
  readonly texts?: readonly string[];
}

/**
 * What the drift engine needs to know about one column of one side, computed in one pass over
 * the column. A reference profile is a list of these, saved once and reused.
 */
export type ColumnProfile = NumericColumnProfile | CategoricalColumnProfile | TextColumnProfile;
