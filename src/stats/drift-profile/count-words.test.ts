import { describe, expect, it } from 'vitest';
import { countWords } from './count-words.js';

describe('countWords', () => {
  it('counts lower-cased runs of letters and digits, skipping missing documents', () => {
    const { words, tokens, documents } = countWords([
      'Late delivery!',
      null,
      "late, LATE: order #42 — l'été",
      '',
    ]);
    expect(Object.fromEntries(words)).toEqual({ late: 3, delivery: 1, order: 1, '42': 1, l: 1, été: 1 });
    expect(tokens).toBe(8);
    expect(documents).toBe(3);
  });
});
