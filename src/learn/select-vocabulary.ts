import { SextantError } from '../core/sextant-error.js';
import { compareCodePoints } from './compare-code-points.js';
import type { CorpusTerms } from './count-corpus-terms.js';

/** Document-frequency limits and the feature cap, as TfidfVectorizer's min_df, max_df, max_features. */
export interface VocabularyLimits {
  /** Integer: at least this many documents; fraction in (0, 1): at least this share of them. */
  readonly minDf: number;
  /** At most 1: at most this share of documents; above 1 (an integer): at most this many. */
  readonly maxDf: number;
  /** Keep only the most frequent terms (corpus occurrences), when set. */
  readonly maxFeatures?: number | undefined;
}

/** The chosen vocabulary: terms in column order and, by term id, the column (or -1). */
export interface Vocabulary {
  readonly terms: readonly string[];
  readonly columnOfTermId: Int32Array;
  /** Document frequency of each column's term. */
  readonly documentFrequency: Int32Array;
}

/**
 * scikit-learn's `_limit_features` on a counted corpus: drop terms outside [minDf, maxDf] documents,
 * then, above `maxFeatures`, keep the terms with the most occurrences, and order columns by term in
 * code point order (as Python sorts the vocabulary). At a tie for the last places the alphabetically
 * first terms win; scikit-learn leaves such ties to numpy's unstable argsort.
 */
export function selectVocabulary(
  corpus: CorpusTerms,
  documentCount: number,
  limits: VocabularyLimits,
): Vocabulary {
  const { minDf, maxDf, maxFeatures } = limits;
  if (!(minDf >= 0) || (minDf >= 1 && !Number.isInteger(minDf))) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `minDf must be an integer count or a fraction in (0, 1), got ${minDf}`,
    );
  }
  if (!(maxDf > 0) || (maxDf > 1 && !Number.isInteger(maxDf))) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `maxDf must be a fraction in (0, 1] or an integer count, got ${maxDf}`,
    );
  }
  if (maxFeatures !== undefined && !(Number.isInteger(maxFeatures) && maxFeatures > 0)) {
    throw new SextantError('INVALID_ARGUMENT', `maxFeatures must be a positive integer, got ${maxFeatures}`);
  }
  const low = minDf < 1 ? minDf * documentCount : minDf;
  const high = maxDf <= 1 ? maxDf * documentCount : maxDf;
  if (high < low) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `maxDf (${maxDf}) allows fewer documents than minDf (${minDf})`,
    );
  }
  const { terms, documentFrequency, termFrequency } = corpus;
  let kept: number[] = [];
  for (let id = 0; id < terms.length; id++) {
    const df = documentFrequency[id]!;
    if (df >= low && df <= high) kept.push(id);
  }
  kept.sort((a, b) => compareCodePoints(terms[a]!, terms[b]!));
  if (maxFeatures !== undefined && kept.length > maxFeatures) {
    // Array sort is stable: among equal frequencies the code point order of `kept` decides.
    const chosen = new Uint8Array(terms.length);
    for (const id of [...kept].sort((a, b) => termFrequency[b]! - termFrequency[a]!).slice(0, maxFeatures)) {
      chosen[id] = 1;
    }
    kept = kept.filter((id) => chosen[id] === 1);
  }
  const columnOfTermId = new Int32Array(terms.length).fill(-1);
  const selectedDf = new Int32Array(kept.length);
  kept.forEach((id, column) => {
    columnOfTermId[id] = column;
    selectedDf[column] = documentFrequency[id]!;
  });
  return { terms: kept.map((id) => terms[id]!), columnOfTermId, documentFrequency: selectedDf };
}
