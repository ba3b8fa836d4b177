import type { Column } from '../core/frame.js';
import { SextantError } from '../core/sextant-error.js';
import { columnAsTexts } from './column-as-texts.js';
import { countCorpusTerms } from './count-corpus-terms.js';
import type { CsrMatrix } from './csr-matrix.js';
import { encodeFloat64 } from './encode-float64.js';
import type { Featurizer, FeaturizerJson } from './featurizer.js';
import { GrowableInt32 } from './growable-int32.js';
import { selectVocabulary } from './select-vocabulary.js';
import { StateReader } from './state-reader.js';
import { textTerms } from './text-terms.js';
import type { TypedArena } from './typed-arena.js';
import { weighTermColumns } from './weigh-term-columns.js';

/** Options of {@link TfidfFeaturizer}; the defaults are TfidfVectorizer's. */
export interface TfidfOptions {
  /** Lowercase before tokenizing (default true). */
  readonly lowercase?: boolean;
  /** Smallest and largest n-gram length (default [1, 1]; [1, 2] adds word pairs). */
  readonly ngramRange?: readonly [number, number];
  /** Integer: minimum document count; fraction in (0, 1): minimum document share (default 1). */
  readonly minDf?: number;
  /** At most 1: maximum document share; above 1: maximum document count (default 1, no limit). */
  readonly maxDf?: number;
  /** Keep only the this many most frequent terms (default: all). */
  readonly maxFeatures?: number;
  /** Use 1 + ln(tf) for the term frequency (default false). */
  readonly sublinearTf?: boolean;
  /** idf = ln((1 + n) / (1 + df)) + 1 when true (default), ln(n / df) + 1 otherwise. */
  readonly smoothIdf?: boolean;
  /** Row normalization: 'l2' (default) or 'none'. */
  readonly norm?: 'l2' | 'none';
}

/** Saved state of a {@link TfidfFeaturizer}: the vocabulary in column order and its idf weights. */
export interface TfidfFeaturizerJson extends FeaturizerJson {
  readonly type: 'tfidf';
  readonly lowercase: boolean;
  readonly ngramRange: readonly [number, number];
  readonly sublinearTf: boolean;
  readonly norm: 'l2' | 'none';
  readonly vocabulary: readonly string[];
  /** Base64 float64 (see encodeFloat64), one weight per vocabulary term. */
  readonly idf: string;
}

/**
 * A text column as TF-IDF features, computed as scikit-learn's TfidfVectorizer computes them
 * (tokens of two or more word characters, n-grams, document-frequency limits, max_features by corpus
 * frequency, smooth idf, optional sublinear tf, L2 rows) with the vocabulary in the same column order,
 * so that weights agree column for column with a scikit-learn model. Missing text is an empty
 * document. Output is CSR. Unlike scikit-learn, a corpus with no term left is not an error: the
 * featurizer then has no output column.
 */
export class TfidfFeaturizer implements Featurizer {
  readonly type = 'tfidf' as const;
  readonly sparse = true;
  readonly featureNames: readonly string[];
  private readonly columnOf = new Map<string, number>();
  /** Per-column counters reused by every transform (weighTermColumns leaves them zeroed). */
  private scratch: Float64Array | undefined;
  /** The term stream of arena transforms, reused: weigh reads it before transform returns. */
  private terms: GrowableInt32 | undefined;
  /** A row's distinct columns and their weights, reused by addRowScores. */
  private rowColumns = new Int32Array(64);
  private rowWeights = new Float64Array(64);

  private constructor(
    readonly column: string,
    readonly vocabulary: readonly string[],
    readonly idf: Float64Array,
    readonly lowercase: boolean,
    readonly ngramRange: readonly [number, number],
    readonly sublinearTf: boolean,
    readonly norm: 'l2' | 'none',
  ) {
    vocabulary.forEach((term, i) => {
      this.columnOf.set(term, i);
    });
    this.featureNames = vocabulary.map((term) => `${column}:${term}`);
  }

  /** Learns the vocabulary and idf weights of a text column. */
  static fit(column: Column, options: TfidfOptions = {}): TfidfFeaturizer {
    return TfidfFeaturizer.fitTransform(column, options).featurizer;
  }

  /** Fits and transforms the training column in one tokenization pass (the training path). */
  static fitTransform(
    column: Column,
    options: TfidfOptions = {},
  ): { featurizer: TfidfFeaturizer; features: CsrMatrix } {
    const texts = columnAsTexts(column);
    const [minN, maxN] = options.ngramRange ?? [1, 1];
    if (!Number.isInteger(minN) || !Number.isInteger(maxN) || minN < 1 || maxN < minN) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `ngramRange must be [min, max] with 1 ≤ min ≤ max, got [${minN}, ${maxN}]`,
      );
    }
    const lowercase = options.lowercase ?? true;
    const corpus = countCorpusTerms(texts, lowercase, minN, maxN);
    const n = texts.length;
    const vocabulary = selectVocabulary(corpus, n, {
      minDf: options.minDf ?? 1,
      maxDf: options.maxDf ?? 1,
      maxFeatures: options.maxFeatures,
    });
    const smooth = options.smoothIdf ?? true;
    const idf = Float64Array.from(vocabulary.documentFrequency, (df) =>
      smooth ? Math.log((1 + n) / (1 + df)) + 1 : Math.log(n / df) + 1,
    );
    const featurizer = new TfidfFeaturizer(
      column.name,
      vocabulary.terms,
      idf,
      lowercase,
      [minN, maxN],
      options.sublinearTf ?? false,
      options.norm ?? 'l2',
    );
    const columns = Int32Array.from(corpus.termIds, (id) => vocabulary.columnOfTermId[id]!);
    return { featurizer, features: featurizer.weigh(corpus.docStart, columns) };
  }

  transform(column: Column, arena?: TypedArena): CsrMatrix {
    const texts = columnAsTexts(column);
    const [minN, maxN] = this.ngramRange;
    const docStart = arena?.int32(texts.length + 1) ?? new Int32Array(texts.length + 1);
    const columns =
      arena === undefined ? new GrowableInt32(Math.max(64, texts.length * 16)) : this.reusedTerms();
    for (let d = 0; d < texts.length; d++) {
      const text = texts[d];
      if (text !== null && text !== undefined) {
        for (const term of textTerms(text, this.lowercase, minN, maxN)) {
          const c = this.columnOf.get(term);
          if (c !== undefined) columns.push(c);
        }
      }
      docStart[d + 1] = columns.length;
    }
    const features = this.weigh(docStart, columns.view(), arena);
    // A large batch's stream is not worth keeping between requests.
    if (columns.array.length > 1 << 16) this.terms = undefined;
    return features;
  }

  addRowScores(
    column: Column,
    row: number,
    weights: Float64Array,
    k: number,
    offset: number,
    scores: Float64Array,
  ): void {
    const text = columnAsTexts(column)[row];
    if (text === null || text === undefined) return;
    this.scratch ??= new Float64Array(this.vocabulary.length);
    const counts = this.scratch;
    const terms = textTerms(text, this.lowercase, this.ngramRange[0], this.ngramRange[1]);
    if (this.rowColumns.length < terms.length) {
      this.rowColumns = new Int32Array(terms.length * 2);
      this.rowWeights = new Float64Array(terms.length * 2);
    }
    const touched = this.rowColumns;
    const w = this.rowWeights;
    let m = 0;
    for (const term of terms) {
      const c = this.columnOf.get(term);
      if (c === undefined) continue;
      if (counts[c] === 0) touched[m++] = c;
      counts[c]!++;
    }
    // weighTermColumns' arithmetic in its order (columns ascending), so the sums are the same bits.
    touched.subarray(0, m).sort();
    let squares = 0;
    for (let i = 0; i < m; i++) {
      const c = touched[i]!;
      const tf = counts[c]!;
      counts[c] = 0;
      const weight = (this.sublinearTf ? 1 + Math.log(tf) : tf) * this.idf[c]!;
      w[i] = weight;
      squares += weight * weight;
    }
    const norm = this.norm === 'l2' && squares > 0 ? Math.sqrt(squares) : 0;
    for (let i = 0; i < m; i++) {
      const x = norm > 0 ? w[i]! / norm : w[i]!;
      const at = (offset + touched[i]!) * k;
      for (let j = 0; j < k; j++) scores[j]! += x * weights[at + j]!;
    }
  }

  private reusedTerms(): GrowableInt32 {
    this.terms ??= new GrowableInt32(1024);
    this.terms.length = 0;
    return this.terms;
  }

  private weigh(docStart: Int32Array, columns: Int32Array, arena?: TypedArena): CsrMatrix {
    this.scratch ??= new Float64Array(this.vocabulary.length);
    return weighTermColumns(docStart, columns, this.vocabulary.length, {
      idf: this.idf,
      sublinearTf: this.sublinearTf,
      l2Normalize: this.norm === 'l2',
      scratch: this.scratch,
      arena,
    });
  }

  toJSON(): TfidfFeaturizerJson {
    const { type, column, lowercase, ngramRange, sublinearTf, norm, vocabulary } = this;
    return {
      type,
      column,
      lowercase,
      ngramRange,
      sublinearTf,
      norm,
      vocabulary,
      idf: encodeFloat64(this.idf),
    };
  }

  /** Restores a featurizer from {@link toJSON}'s state, checking every field. */
  static fromJSON(json: unknown): TfidfFeaturizer {
    const state = new StateReader(json, 'tfidf featurizer');
    state.literal('type', 'tfidf');
    const vocabulary = state.strings('vocabulary');
    if (new Set(vocabulary).size !== vocabulary.length) state.fail('vocabulary repeats a term');
    const range = state.array('ngramRange');
    const [minN, maxN] = range;
    if (
      range.length !== 2 ||
      !Number.isInteger(minN) ||
      !Number.isInteger(maxN) ||
      (minN as number) < 1 ||
      (maxN as number) < (minN as number)
    ) {
      state.fail('ngramRange must be [min, max] integers with 1 ≤ min ≤ max');
    }
    const norm = state.string('norm');
    if (norm !== 'l2' && norm !== 'none') return state.fail('norm must be "l2" or "none"');
    return new TfidfFeaturizer(
      state.string('column'),
      vocabulary,
      state.float64('idf', vocabulary.length),
      state.boolean('lowercase'),
      [minN as number, maxN as number],
      state.boolean('sublinearTf'),
      norm,
    );
  }
}
