import { describe, expect, it } from 'vitest';
import { sharedHistogram } from './shared-histogram.js';

const A = Float64Array.of(0.61, -1.2, 0.35, 2.2, -0.4, 0.9, 1.75, -0.05, 0.48, -2.1, 1.3).sort();
const B = Float64Array.of(1.1, 0.2, 2.9, 1.85, 0.75, 2.4, -0.3, 1.6).sort();

describe('sharedHistogram', () => {
  it('uses np.histogram_bin_edges(concatenate, "sturges") and np.histogram shares (NumPy 2.4)', () => {
    const histogram = sharedHistogram(A, B);
    expect(Array.from(histogram.edges)).toEqual([
      -2.1, -1.2666666666666666, -0.43333333333333335, 0.3999999999999999, 1.2333333333333334,
      2.066666666666667, 2.9,
    ]);
    expect(Array.from(histogram.referenceShares)).toEqual([1, 1, 3, 3, 2, 1].map((c) => c / 11));
    expect(Array.from(histogram.currentShares)).toEqual([0, 0, 0.25, 0.25, 0.25, 0.25]);
  });

  it('takes a number of bins instead', () => {
    expect(sharedHistogram(A, B, 5).edges).toHaveLength(6);
  });

  it('gives a constant pooled sample one bin [v − ½, v + ½], as NumPy does', () => {
    const histogram = sharedHistogram(Float64Array.of(3, 3), Float64Array.of(3));
    expect(Array.from(histogram.edges)).toEqual([2.5, 3.5]);
    expect(Array.from(histogram.referenceShares)).toEqual([1]);
    expect(Array.from(histogram.currentShares)).toEqual([1]);
  });
});
