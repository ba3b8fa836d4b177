import { GrowableInt32 } from './growable-int32.js';
import { textTerms } from './text-terms.js';

/** Every term of a corpus with its counts, and the corpus as a stream of term ids. */
export interface CorpusTerms {
  /** Term text by id, ids in order of first appearance. */
  readonly terms: readonly string[];
  /** Documents containing each term, by id. */
  readonly documentFrequency: Int32Array;
  /** Occurrences of each term in the whole corpus, by id (max_features ranks by it). */
  readonly termFrequency: Int32Array;
  /** Document d's term ids are `termIds[docStart[d] .. docStart[d + 1])`. */
  readonly docStart: Int32Array;
  readonly termIds: Int32Array;
}

/**
 * Tokenizes a corpus once, interning each term into a Map<string, number>, counting document and
 * corpus frequencies in typed arrays, and keeping the token stream as ids so that fit-then-transform
 * (the training path) never tokenizes twice. A missing document (null) is an empty one.
 */
export function countCorpusTerms(
  texts: readonly (string | null)[],
  lowercase: boolean,
  minN: number,
  maxN: number,
): CorpusTerms {
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  const df = new GrowableInt32();
  const tf = new GrowableInt32();
  const lastDoc = new GrowableInt32();
  const stream = new GrowableInt32(texts.length * 16);
  const docStart = new Int32Array(texts.length + 1);
  for (let d = 0; d < texts.length; d++) {
    const text = texts[d];
    if (text !== null && text !== undefined) {
      for (const term of textTerms(text, lowercase, minN, maxN)) {
        let id = idOf.get(term);
        if (id === undefined) {
          id = terms.length;
          idOf.set(term, id);
          terms.push(term);
          df.extendTo(id + 1);
          tf.extendTo(id + 1);
          lastDoc.extendTo(id + 1);
          lastDoc.array[id] = -1;
        }
        tf.array[id]!++;
        if (lastDoc.array[id] !== d) {
          lastDoc.array[id] = d;
          df.array[id]!++;
        }
        stream.push(id);
      }
    }
    docStart[d + 1] = stream.length;
  }
  return {
    terms,
    documentFrequency: df.view(),
    termFrequency: tf.view(),
    docStart,
    termIds: stream.view(),
  };
}
