import { describe, expect, it } from 'vitest';
import { shouldStopEarly } from './should-stop-early.js';

describe('shouldStopEarly', () => {
  it('waits for nIterNoChange + 1 losses', () => {
    expect(shouldStopEarly([1, 1], 2, 0)).toBe(false);
    expect(shouldStopEarly([1, 1, 1], 2, 0)).toBe(true);
  });

  it('keeps going while one of the last losses beats the reference by more than tol', () => {
    expect(shouldStopEarly([1, 0.9, 0.85, 1.2], 2, 0)).toBe(false);
    expect(shouldStopEarly([1, 0.9, 0.85, 1.2], 2, 0.1)).toBe(true);
    expect(shouldStopEarly([1, 0.5, 0.6, 0.7], 3, 0)).toBe(false);
    expect(shouldStopEarly([1, 0.5, 0.6, 0.7, 0.8], 3, 0)).toBe(true);
  });
});
