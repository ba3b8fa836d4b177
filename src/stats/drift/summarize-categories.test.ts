import { describe, expect, it } from 'vitest';
import { summarizeCategories } from './summarize-categories.js';

describe('summarizeCategories', () => {
  it('totals each side and lists new and vanished categories', () => {
    const summary = summarizeCategories('chisquare', {
      categories: ['chat', 'email', 'fax', 'web'],
      referenceCounts: Float64Array.of(0, 500, 3, 300),
      currentCounts: Float64Array.of(200, 300, 0, 300),
    });
    expect(summary).toEqual({
      referenceTotal: 803,
      currentTotal: 800,
      newCategories: ['chat'],
      vanishedCategories: ['fax'],
    });
  });

  it('rejects misaligned and negative or non-finite counts', () => {
    const categories = ['a', 'b'];
    expect(() =>
      summarizeCategories('psi', {
        categories,
        referenceCounts: Float64Array.of(1),
        currentCounts: Float64Array.of(1, 2),
      }),
    ).toThrow(/2 categories but 1 reference and 2 current counts/);
    expect(() =>
      summarizeCategories('psi', {
        categories,
        referenceCounts: Float64Array.of(1, -1),
        currentCounts: Float64Array.of(1, 2),
      }),
    ).toThrow(/non-negative/);
    expect(() =>
      summarizeCategories('psi', {
        categories,
        referenceCounts: Float64Array.of(1, 1),
        currentCounts: Float64Array.of(Number.NaN, 2),
      }),
    ).toThrow(/finite/);
  });
});
