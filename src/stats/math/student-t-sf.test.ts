import { describe, expect, it } from 'vitest';
import { studentTSf } from './student-t-sf.js';

// scipy.stats.t.sf (SciPy 1.17.1); non-integer degrees of freedom as Welch's test produces.
describe('studentTSf', () => {
  it.each([
    [2, 10, 0.03669401738537018],
    [-2.169485661862257, 102.3, 0.9838193492612721],
    [8.003, 1490.5, 1.2102301852941592e-15],
    [0.5, 2e6, 0.3085375662310884],
    [3, 1e6, 0.0013499312707109],
    [1.5, 0.7, 0.22018254850962013],
  ])('P(T > %d; ν = %d)', (t, df, expected) => {
    expect(Math.abs(studentTSf(t, df) - expected)).toBeLessThanOrEqual(1e-10 * expected);
  });

  it('is ½ at 0 and reaches 0 and 1 at the infinities', () => {
    expect(studentTSf(0, 5)).toBe(0.5);
    expect(studentTSf(1e200, 5)).toBe(0);
    expect(studentTSf(Number.NEGATIVE_INFINITY, 5)).toBe(1);
    expect(studentTSf(1, -2)).toBeNaN();
  });
});
