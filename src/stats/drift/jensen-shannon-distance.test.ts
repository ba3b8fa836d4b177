import { describe, expect, it } from 'vitest';
import { jensenShannonDistance } from './jensen-shannon-distance.js';

// scipy.spatial.distance.jensenshannon (SciPy 1.17.1).
describe('jensenShannonDistance', () => {
  it('normalises counts, uses natural logs by default and another base on request', () => {
    expect(jensenShannonDistance([0, 500, 200, 300], [200, 300, 200, 300])).toBeCloseTo(
      0.2862661262126202,
      15,
    );
    expect(jensenShannonDistance([0, 500, 200, 300], [200, 300, 200, 300], 2)).toBeCloseTo(
      0.34384065907046824,
      15,
    );
    expect(jensenShannonDistance([1, 0], [0, 1], 2)).toBeCloseTo(1, 15);
  });

  it('is 0 for proportional inputs and NaN for an empty side', () => {
    expect(jensenShannonDistance([1, 2, 3], [2, 4, 6])).toBe(0);
    expect(jensenShannonDistance([0, 0], [1, 1])).toBeNaN();
  });
});
