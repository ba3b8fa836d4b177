import { describe, expect, it } from 'vitest';
import { categoricalHistogram } from './categorical-histogram.js';

describe('categoricalHistogram', () => {
  it('shows the most prominent labels of either side and folds the rest into other', () => {
    const reference = new Map([
      ['a', 50],
      ['b', 30],
      ['c', 20],
    ]);
    const current = new Map([
      ['a', 10],
      ['d', 90],
    ]);
    const histogram = categoricalHistogram(reference, 100, current, 100, 2);
    expect(histogram.labels).toEqual(['d', 'a']);
    expect(histogram.reference).toEqual([0, 0.5]);
    expect(histogram.current).toEqual([0.9, 0.1]);
    expect(histogram.other).toEqual({ labels: 2, reference: 0.5, current: 0 });
  });

  it('has no other bucket when every label is shown and totals match', () => {
    const counts = new Map([
      ['x', 1],
      ['y', 3],
    ]);
    expect(categoricalHistogram(counts, 4, counts, 4, 20).other).toBeNull();
  });

  it('counts occurrences the maps leave out (a truncated vocabulary) as other', () => {
    const histogram = categoricalHistogram(new Map([['w', 5]]), 10, new Map([['w', 5]]), 5, 20);
    expect(histogram.other).toEqual({ labels: 0, reference: 0.5, current: 0 });
  });
});
