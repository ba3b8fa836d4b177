import { describe, expect, it } from 'vitest';
import { besselKScaled } from './bessel-k-scaled.js';

// eˣ K_¼(x) from mpmath at 40 digits (small x, where scipy.special.kve is itself only good to 1e-14)
// and scipy.special.kve (SciPy 1.17.1) above.
describe('besselKScaled', () => {
  it.each([
    [1e-4, 21.354051162747698],
    [0.01, 6.227707994041589],
    [1, 1.1708721016781376],
    [2.5, 0.767706158921373],
    [10, 0.3928020270758749],
    [40, 0.19770810462750407],
    [700, 0.04736448238526667],
  ])('e^x K_¼(%d)', (x, expected) => {
    expect(Math.abs(besselKScaled(0.25, x) - expected)).toBeLessThanOrEqual(4e-16 * expected);
  });

  it('gives K_½(x) = √(π / 2x) e^−x in closed form', () => {
    for (const x of [0.1, 1, 7, 300])
      expect(besselKScaled(0.5, x)).toBeCloseTo(Math.sqrt(Math.PI / (2 * x)), 14);
  });

  it('is NaN at and below 0', () => {
    expect(besselKScaled(0.25, 0)).toBeNaN();
  });
});
