import { describe, expect, it } from 'vitest';
import { greatestCommonDivisor } from './greatest-common-divisor.js';

describe('greatestCommonDivisor', () => {
  it.each([
    [60, 45, 15],
    [45, 60, 15],
    [7, 13, 1],
    [10000, 10000, 10000],
    [0, 5, 5],
  ])('gcd(%d, %d) = %d', (a, b, expected) => {
    expect(greatestCommonDivisor(a, b)).toBe(expected);
  });
});
