import { describe, expect, it } from 'vitest';
import { countWords } from '../drift-profile/count-words.js';
import { textVocabularyStatistic } from './text-vocabulary-statistic.js';

const side = (texts: string[]) => countWords(texts);

describe('textVocabularyStatistic', () => {
  it('is 0 for the same word shares', () => {
    const reference = side(['late delivery', 'great support']);
    const current = side(['great support', 'late delivery', 'delivery late', 'support great']);
    expect(textVocabularyStatistic.compute({ reference, current }).statistic).toBe(0);
  });

  it('is the Jensen-Shannon distance of vocabulary shares plus an out-of-vocabulary share', () => {
    // Vocabulary of 1 word: "a" (3 of 4 reference tokens). Reference shares [0.75, 0.25]; current [0.25, 0.75].
    const reference = side(['a a a b']);
    const current = side(['a c c c']);
    const result = textVocabularyStatistic.compute({ reference, current }, { vocabulary: 1 });
    const m = [0.5, 0.5];
    const kl = (p: number[]) => p.reduce((sum, x, i) => sum + x * Math.log(x / m[i]!), 0);
    expect(result.statistic).toBeCloseTo(Math.sqrt((kl([0.75, 0.25]) + kl([0.25, 0.75])) / 2), 12);
    expect(result.details).toMatchObject({
      vocabularySize: 1,
      outOfVocabularyShare: 0.75,
      referenceOutOfVocabularyShare: 0.25,
      newWords: [{ word: 'c', count: 3 }],
    });
  });

  it('reaches sqrt(ln 2) when the current side uses only new words', () => {
    const result = textVocabularyStatistic.compute({
      reference: side(['alpha beta']),
      current: side(['gamma delta']),
    });
    expect(result.statistic).toBeCloseTo(Math.sqrt(Math.LN2), 12);
    expect(result.details?.outOfVocabularyShare).toBe(1);
  });
});
