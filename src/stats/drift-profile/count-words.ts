/** A word: a run of letters and digits, in any script. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Counts the words of a text column: lower-cased runs of letters and digits (Unicode classes
 * L and N), so that punctuation and spacing never make two words differ. Missing documents
 * (null) are skipped and not counted in `documents`.
 *
 * @example countWords(['Late delivery!', null, 'late']) // words late 2, delivery 1; tokens 3; documents 2
 */
export function countWords(values: readonly (string | null)[]): {
  words: Map<string, number>;
  tokens: number;
  documents: number;
} {
  const words = new Map<string, number>();
  let tokens = 0;
  let documents = 0;
  for (const value of values) {
    if (value === null) continue;
    documents++;
    for (const [word] of value.toLowerCase().matchAll(WORD)) {
      words.set(word, (words.get(word) ?? 0) + 1);
      tokens++;
    }
  }
  return { words, tokens, documents };
}
