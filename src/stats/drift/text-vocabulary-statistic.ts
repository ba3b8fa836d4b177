import { jensenShannonDistance } from './jensen-shannon-distance.js';
import type { TextDriftInput, TextDriftStatistic, WordCounts } from './text-drift-statistic.js';

const DEFAULT_VOCABULARY = 1000;
const NEW_WORDS_SHOWN = 10;

/**
 * `text_vocabulary`: how far the words of a text column moved from the reference's vocabulary.
 *
 * The vocabulary V is the reference's `vocabulary` most frequent words (option, default 1000; ties
 * broken alphabetically). Each side becomes |V| + 1 shares: the share of its word occurrences that
 * are each word of V, and one "other" share for every occurrence outside V. The statistic is the
 * Jensen-Shannon distance (natural logarithm, so between 0 and sqrt(ln 2) ≈ 0.83, as SciPy's
 * `jensenshannon` and Evidently's text-free JS test) between the two share vectors; drift at 0.1.
 * A current side that uses new words raises the "other" share, and one that uses the same words
 * in other proportions moves the word shares: both move the distance.
 *
 * Details: `outOfVocabularyShare` (current occurrences outside V), `referenceOutOfVocabularyShare`
 * (the same for the reference itself: the floor to compare against), `vocabularySize` and
 * `newWords`, the most frequent current words outside V with their counts.
 *
 * @example textVocabularyStatistic.compute({ reference, current }, { vocabulary: 500 }).statistic
 */
export const textVocabularyStatistic: TextDriftStatistic = {
  name: 'text_vocabulary',
  label: 'Vocabulary drift (Jensen-Shannon distance of word shares)',
  kind: 'text',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  options: {
    vocabulary: "how many of the reference's most frequent words form the vocabulary (default 1000)",
  },
  compute(input: TextDriftInput, options = {}) {
    const size =
      typeof options.vocabulary === 'number'
        ? Math.max(1, Math.floor(options.vocabulary))
        : DEFAULT_VOCABULARY;
    const vocabulary = topWords(input.reference, size);
    const referenceShares = shares(input.reference, vocabulary);
    const currentShares = shares(input.current, vocabulary);
    const statistic = jensenShannonDistance(referenceShares, currentShares);
    const newWords = [...input.current.words]
      .filter(([word]) => !vocabulary.has(word))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, NEW_WORDS_SHOWN)
      .map(([word, count]) => ({ word, count }));
    return {
      statistic,
      details: {
        vocabularySize: vocabulary.size,
        outOfVocabularyShare: currentShares[currentShares.length - 1]!,
        referenceOutOfVocabularyShare: referenceShares[referenceShares.length - 1]!,
        newWords,
      },
    };
  },
};

function topWords(counts: WordCounts, size: number): Map<string, number> {
  const ranked = [...counts.words].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size);
  return new Map(ranked.map(([word], index) => [word, index]));
}

/** Shares of each vocabulary word, then the share of everything else, of one side's occurrences. */
function shares(counts: WordCounts, vocabulary: ReadonlyMap<string, number>): Float64Array {
  const result = new Float64Array(vocabulary.size + 1);
  let inside = 0;
  for (const [word, index] of vocabulary) {
    const count = counts.words.get(word) ?? 0;
    result[index] = count;
    inside += count;
  }
  result[vocabulary.size] = Math.max(0, counts.tokens - inside);
  for (let i = 0; i < result.length; i++) result[i] = result[i]! / counts.tokens;
  return result;
}
