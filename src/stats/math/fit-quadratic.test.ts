import { describe, expect, it } from 'vitest';
import { fitQuadratic } from './fit-quadratic.js';

describe('fitQuadratic', () => {
  it('passes through three points exactly', () => {
    const [c2, c1, c0] = fitQuadratic([0, 1, 2], [1, 2, 5]);
    expect(c2).toBeCloseTo(1, 14);
    expect(c1).toBeCloseTo(0, 14);
    expect(c0).toBeCloseTo(1, 14);
  });

  it('matches np.polyfit on SciPy’s Anderson-Darling table (NumPy 2.4)', () => {
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: a tabulated critical value that happens to read like e.
    const critical = [0.325, 1.226, 1.961, 2.718, 3.752, 4.592, 6.546];
    const logLevels = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001].map(Math.log);
    const expected = [0.01819809457411147, -1.0082265644652515, -1.077770279820484];
    fitQuadratic(critical, logLevels).forEach((c, i) => {
      expect(Math.abs(c - expected[i]!)).toBeLessThanOrEqual(1e-13 * Math.abs(expected[i]!));
    });
  });
});
