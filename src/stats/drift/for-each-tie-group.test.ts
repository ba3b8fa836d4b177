import { describe, expect, it } from 'vitest';
import { forEachTieGroup } from './for-each-tie-group.js';

function groups(a: number[], b: number[]): number[][] {
  const seen: number[][] = [];
  forEachTieGroup(Float64Array.from(a), Float64Array.from(b), (value, countA, countB) =>
    seen.push([value, countA, countB]),
  );
  return seen;
}

describe('forEachTieGroup', () => {
  it('visits each distinct pooled value once, in order, with its count per side', () => {
    expect(groups([1, 2, 2, 5], [2, 3, 5, 5])).toEqual([
      [1, 1, 0],
      [2, 2, 1],
      [3, 0, 1],
      [5, 1, 2],
    ]);
  });

  it('handles an empty side and treats −0 and 0 as one value', () => {
    expect(groups([], [4, 4])).toEqual([[4, 0, 2]]);
    expect(groups([-0], [0])).toEqual([[-0, 1, 1]]);
    expect(groups([], [])).toEqual([]);
  });
});
