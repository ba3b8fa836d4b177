import { describe, expect, it } from 'vitest';
import { stirlingCorrection } from './stirling-correction.js';

describe('stirlingCorrection', () => {
  it('is ln Γ(x) minus Stirling’s leading terms (values from ln 9! and ln 99!)', () => {
    // ln Γ(10) = ln 362880; ln Γ(100) = ln 99! = 359.13420536957540 (scipy.special.gammaln).
    const leading = (x: number) => (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI);
    expect(stirlingCorrection(10)).toBeCloseTo(Math.log(362880) - leading(10), 14);
    expect(stirlingCorrection(100)).toBeCloseTo(359.1342053695754 - leading(100), 12);
  });

  it('approaches 1/(12x) for large x', () => {
    expect(stirlingCorrection(1e6) * 12e6).toBeCloseTo(1, 10);
  });
});
