import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accuracy } from './accuracy.js';
import { averagePrecision } from './average-precision.js';
import { brierScore } from './brier-score.js';
import { confusionMatrix } from './confusion-matrix.js';
import { f1Score } from './f1-score.js';
import { logLoss } from './log-loss.js';
import { macroF1 } from './macro-f1.js';
import { meanAbsoluteError } from './mean-absolute-error.js';
import { meanAbsolutePercentageError } from './mean-absolute-percentage-error.js';
import { multiclassLogLoss } from './multiclass-log-loss.js';
import { ovrMacroRocAuc } from './ovr-macro-roc-auc.js';
import { precision } from './precision.js';
import { r2Score } from './r2-score.js';
import { recall } from './recall.js';
import { rocAuc } from './roc-auc.js';
import { rootMeanSquaredError } from './root-mean-squared-error.js';

interface Vectors {
  binary: { y_true: number[]; y_score: number[]; y_pred: number[]; expected: Record<string, unknown> };
  regression: { y_true: number[]; y_pred: number[]; expected: Record<string, number> };
  multiclass: { y_true: number[]; y_proba: number[][]; expected: Record<string, number> };
}

// scikit-learn 1.2.1 reference values (DESIGN.md: shared/testvectors beside the checkout).
const vectors = JSON.parse(
  readFileSync(new URL('../../../../shared/testvectors/metrics.json', import.meta.url), 'utf8'),
) as Vectors;

/** Relative closeness at 1e-9 (absolute near zero). */
function expectClose(actual: number, expected: unknown): void {
  expect(typeof expected).toBe('number');
  const e = expected as number;
  expect(Math.abs(actual - e)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(e)));
}

describe('metrics against scikit-learn 1.2.1 vectors', () => {
  const b = vectors.binary;
  it.each([
    ['accuracy', () => accuracy(b.y_true, b.y_pred)],
    ['precision', () => precision(b.y_true, b.y_pred)],
    ['recall', () => recall(b.y_true, b.y_pred)],
    ['f1', () => f1Score(b.y_true, b.y_pred)],
    ['roc_auc', () => rocAuc(b.y_true, b.y_score)],
    ['average_precision', () => averagePrecision(b.y_true, b.y_score)],
    ['log_loss', () => logLoss(b.y_true, b.y_score)],
    ['brier', () => brierScore(b.y_true, b.y_score)],
  ])('binary %s', (name, compute) => {
    expectClose(compute(), b.expected[name]);
  });

  it('binary confusion matrix', () => {
    expect(confusionMatrix(b.y_true, b.y_pred)).toEqual(b.expected.confusion_matrix);
  });

  const r = vectors.regression;
  it.each([
    ['rmse', () => rootMeanSquaredError(r.y_true, r.y_pred)],
    ['mae', () => meanAbsoluteError(r.y_true, r.y_pred)],
    ['r2', () => r2Score(r.y_true, r.y_pred)],
    ['mape', () => meanAbsolutePercentageError(r.y_true, r.y_pred)],
  ])('regression %s', (name, compute) => {
    expectClose(compute(), r.expected[name]);
  });

  const m = vectors.multiclass;
  const classCount = m.y_proba[0]!.length;
  const proba = Float64Array.from(m.y_proba.flat());
  const predicted = m.y_proba.map((row) => row.indexOf(Math.max(...row)));
  it.each([
    ['accuracy', () => accuracy(m.y_true, predicted)],
    ['log_loss', () => multiclassLogLoss(m.y_true, proba, classCount)],
    ['f1_macro', () => macroF1(m.y_true, predicted)],
    ['roc_auc_ovr_macro', () => ovrMacroRocAuc(m.y_true, proba, classCount)],
  ])('multiclass %s', (name, compute) => {
    expectClose(compute(), m.expected[name]);
  });
});
