import { describe, expect, it } from 'vitest';
import { SextantError } from '../../core/sextant-error.js';
import { accuracy } from './accuracy.js';
import { averagePrecision } from './average-precision.js';
import { confusionMatrix } from './confusion-matrix.js';
import { f1Score } from './f1-score.js';
import { logLoss } from './log-loss.js';
import { macroF1 } from './macro-f1.js';
import { meanAbsolutePercentageError } from './mean-absolute-percentage-error.js';
import { ovrMacroRocAuc } from './ovr-macro-roc-auc.js';
import { precision } from './precision.js';
import { r2Score } from './r2-score.js';
import { rocAuc } from './roc-auc.js';

// Expected values computed with scikit-learn 1.2.1.
describe('metric edge cases', () => {
  it('handles tied scores as scikit-learn does (diagonal ROC steps, grouped PR steps)', () => {
    const y = [0, 1, 1, 0, 1, 0, 1, 1];
    const s = [0.2, 0.5, 0.5, 0.5, 0.9, 0.1, 0.2, 0.7];
    expect(rocAuc(y, s)).toBeCloseTo(0.8333333333333334, 14);
    expect(averagePrecision(y, s)).toBeCloseTo(0.8628571428571428, 14);
    expect(rocAuc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
  });

  it('is NaN where a ranking metric is undefined (one class), 0 where sklearn divides by zero', () => {
    expect(rocAuc([1, 1], [0.2, 0.3])).toBeNaN();
    expect(averagePrecision([0, 0], [0.2, 0.3])).toBeNaN();
    expect(precision([1, 0], [0, 0])).toBe(0);
    expect(f1Score([0, 0], [0, 0])).toBe(0);
    expect(ovrMacroRocAuc([0, 0], [0.5, 0.5, 0.4, 0.6], 2)).toBeNaN();
  });

  it('clips probabilities at float64 epsilon and floors |y| in MAPE likewise', () => {
    expect(logLoss([0, 1, 1], [0, 1, 0])).toBeCloseTo(12.014551129705717, 12);
    expect(meanAbsolutePercentageError([0, 2], [1, 1])).toBe(2251799813685248);
  });

  it('macro-averages F1 over labels present in truth or predictions', () => {
    expect(macroF1([0, 1, 2, 2], [0, 2, 2, 3])).toBeCloseTo(0.375, 15);
  });

  it('gives constant truths an R2 of 1 (perfect) or 0', () => {
    expect(r2Score([3, 3], [3, 3])).toBe(1);
    expect(r2Score([3, 3], [2, 3])).toBe(0);
  });

  it('keeps a row for every class when classCount is given', () => {
    expect(confusionMatrix([0, 0], [0, 1], 3)).toEqual([
      [1, 1, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('rejects empty, misaligned and non-binary input with INVALID_ARGUMENT', () => {
    for (const bad of [
      () => accuracy([], []),
      () => accuracy([1], [1, 0]),
      () => precision([2], [1]),
      () => rocAuc([0, 1], [Number.NaN, 1]),
      () => confusionMatrix([0, 1], [0, 5], 2),
    ]) {
      expect(bad).toThrowError(SextantError);
      try {
        bad();
      } catch (error) {
        expect((error as SextantError).code).toBe('INVALID_ARGUMENT');
      }
    }
  });
});
