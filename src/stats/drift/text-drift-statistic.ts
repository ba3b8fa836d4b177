import type { DriftMeasurement, DriftOptions } from './drift-statistic.js';

/** Word counts of one side of a text column (see countWords). */
export interface WordCounts {
  /** Count per lower-cased word; may hold only the most frequent words of a saved reference. */
  readonly words: ReadonlyMap<string, number>;
  /** Every word occurrence, including words `words` leaves out. */
  readonly tokens: number;
  /** Present documents. */
  readonly documents: number;
}

/** Text input: the word counts of each side, and the documents when both sides were read from files. */
export interface TextDriftInput {
  readonly reference: WordCounts;
  readonly current: WordCounts;
  readonly documents?: { readonly reference: readonly string[]; readonly current: readonly string[] };
}

/**
 * A drift statistic over a text column: the text counterpart of NumericDriftStatistic and
 * CategoricalDriftStatistic (the same descriptor fields). A statistic that needs the documents
 * themselves, such as a domain classifier, adds them to TextDriftInput.
 */
export interface TextDriftStatistic {
  readonly name: string;
  readonly label: string;
  readonly kind: 'text';
  readonly scoreKind: 'p_value' | 'distance';
  readonly defaultThreshold: number;
  /** Optional FAIL level where one is customary (see DriftStatistic). */
  readonly failThreshold?: number;
  /** Optional: option name → one-line description. */
  readonly options?: Readonly<Record<string, string>>;
  compute(input: TextDriftInput, options?: DriftOptions): DriftMeasurement;
}
