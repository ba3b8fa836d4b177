/**
 * scikit-learn's default `token_pattern`, `(?u)\b\w\w+\b`: runs of two or more Unicode word
 * characters. Python's `\w` is a letter (L*), a number (N*) or `_` (and not a combining mark), and a
 * maximal run of them is exactly what `\b...\b` delimits. Compiled once: the hot loop of TF-IDF.
 */
const TOKEN_PATTERN = /[\p{L}\p{N}_]{2,}/gu;

/**
 * The terms scikit-learn's word analyzer makes of a document: lowercase (optional), tokens of
 * {@link TOKEN_PATTERN}, then every n-gram for n in [minN, maxN] joined by one space, unigrams first.
 *
 * @example textTerms('Server down, server DOWN!', true, 1, 2)
 * // ['server', 'down', 'server', 'down', 'server down', 'down server', 'server down']
 */
export function textTerms(text: string, lowercase: boolean, minN: number, maxN: number): string[] {
  const tokens = (lowercase ? text.toLowerCase() : text).match(TOKEN_PATTERN);
  if (tokens === null) return [];
  if (maxN === 1) return tokens;
  const terms: string[] = minN === 1 ? tokens.slice() : [];
  const count = tokens.length;
  for (let n = Math.max(minN, 2); n <= Math.min(maxN, count); n++) {
    for (let i = 0; i + n <= count; i++) {
      let term = tokens[i]!;
      for (let j = 1; j < n; j++) term += ' ' + tokens[i + j]!;
      terms.push(term);
    }
  }
  return terms;
}
