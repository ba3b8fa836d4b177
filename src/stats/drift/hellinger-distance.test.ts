import { describe, expect, it } from 'vitest';
import { hellingerDistance } from './hellinger-distance.js';

describe('hellingerDistance', () => {
  it('is 0 for equal shares, 1 for disjoint ones, and √(Σ(√p − √q)²)/√2 between', () => {
    expect(hellingerDistance([0.2, 0.8], [0.2, 0.8])).toBe(0);
    expect(hellingerDistance([1, 0], [0, 1])).toBeCloseTo(1, 15);
    expect(hellingerDistance([0.25, 0.75], [0.4, 0.6])).toBeCloseTo(0.11380615419750002, 15);
  });
});
