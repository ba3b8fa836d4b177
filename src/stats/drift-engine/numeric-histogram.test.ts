import { describe, expect, it } from 'vitest';
import { numericHistogram } from './numeric-histogram.js';

describe('numericHistogram', () => {
  it('bins both sides on shared equal-width edges between the 0.5th and 99.5th percentiles', () => {
    const reference = Float64Array.from({ length: 1001 }, (_, i) => i / 10); // 0 … 100
    const current = Float64Array.from({ length: 1001 }, (_, i) => 50 + i / 10); // 50 … 150
    const histogram = numericHistogram(reference, current, 4);
    expect(histogram.edges[0]).toBeCloseTo(0.5, 10);
    expect(histogram.edges[4]).toBeCloseTo(149.5, 10);
    expect(histogram.reference.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(histogram.current.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(histogram.reference[3]).toBe(0);
    expect(histogram.current[0]).toBe(0);
  });

  it('puts an outlier in the end bin instead of stretching the range', () => {
    const reference = Float64Array.from({ length: 1000 }, (_, i) => i);
    const current = Float64Array.from({ length: 1000 }, (_, i) => (i === 999 ? 1e12 : i));
    const histogram = numericHistogram(reference, current, 10);
    expect(histogram.edges[10]!).toBeLessThan(1000);
    expect(histogram.current[9]).toBeCloseTo(0.1, 2);
  });

  it('makes one bin of a constant column and zero shares for an empty side', () => {
    const histogram = numericHistogram(Float64Array.of(3, 3, 3), new Float64Array(0), 20);
    expect(histogram).toEqual({ kind: 'numeric', edges: [3, 3], reference: [1], current: [0] });
  });
});
