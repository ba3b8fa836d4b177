import { describe, expect, it } from 'vitest';
import { sketchSortedValues } from './sketch-sorted-values.js';

describe('sketchSortedValues', () => {
  it('keeps short arrays as they are', () => {
    const values = Float64Array.of(1, 2, 3);
    expect(sketchSortedValues(values, 3)).toBe(values);
  });

  it('keeps evenly ranked values with both ends, within 1/(m-1) of the full distribution', () => {
    const n = 100_001;
    const sorted = Float64Array.from({ length: n }, (_, i) => i * i);
    const sketch = sketchSortedValues(sorted, 101);
    expect(sketch.length).toBe(101);
    expect(sketch[0]).toBe(0);
    expect(sketch[100]).toBe((n - 1) ** 2);
    expect(sketch[50]).toBe(50_000 ** 2);
    // Empirical CDF gap at every sketch point.
    for (let i = 0; i < sketch.length; i++) {
      const full = Math.sqrt(sketch[i]!) / (n - 1);
      expect(Math.abs(i / 100 - full)).toBeLessThanOrEqual(1 / 100);
    }
  });
});
