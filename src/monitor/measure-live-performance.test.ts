import { describe, expect, it } from 'vitest';
import type { LabelledPrediction } from '../core/entities/prediction-record.js';
import { measureLivePerformance } from './measure-live-performance.js';

let id = 0;
function logged(output: unknown, actual?: unknown): LabelledPrediction {
  id++;
  return {
    requestId: `r${id}`,
    modelName: 'm',
    version: 1,
    inputs: {},
    output,
    latencyMs: 1,
    at: new Date(0),
    actual: actual ?? null,
    hasFeedback: actual !== undefined,
    feedbackAt: actual === undefined ? null : new Date(1000),
  };
}
const binary = (p: number, actual?: unknown) =>
  logged({ label: p >= 0.5 ? 'yes' : 'no', probabilities: { no: 1 - p, yes: p } }, actual);

describe('measureLivePerformance', () => {
  it('scores a binary model by ROC AUC, counts coverage and what it skipped, and the gap to training', () => {
    const window = [
      binary(0.1, 'no'),
      binary(0.4, 'no'),
      binary(0.35, 'yes'),
      binary(0.8, 'yes'),
      binary(0.9),
      binary(0.2, 'maybe'),
      logged({ value: 3 }, 'yes'),
      logged({ label: 'yes', probabilities: { yes: 0.7 } }, 'no'),
    ];
    const live = measureLivePerformance(
      window,
      { target: 'y', task: 'binary', classes: ['no', 'yes'] },
      0.85,
    );
    expect(live).toMatchObject({
      task: 'binary',
      metric: 'roc_auc',
      higherIsBetter: true,
      total: 8,
      labelled: 7,
      labelCoverage: 7 / 8,
      scored: 4,
      skipped: { unreadableOutput: 2, unknownActual: 1 },
      trainingValue: 0.85,
    });
    // rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) is 0.75, scikit-learn's value.
    expect(live.value).toBeCloseTo(0.75, 12);
    expect(live.gap).toBeCloseTo(-0.1, 12);
    expect(live.degradation).toBeCloseTo(0.1, 12);
    expect(live.metrics.accuracy).toBeCloseTo(0.75, 12);
    expect(Object.keys(live.metrics)).toEqual([
      'accuracy',
      'precision',
      'recall',
      'f1',
      'roc_auc',
      'average_precision',
      'log_loss',
      'brier',
    ]);
  });

  it('scores multiclass by macro F1 from the probabilities, reading number truths as their text', () => {
    const out = (a: number, b: number, c: number) => ({
      label: '?',
      probabilities: { '1': a, '2': b, '3': c },
    });
    const window = [
      logged(out(0.8, 0.1, 0.1), '1'),
      logged(out(0.1, 0.8, 0.1), 2),
      logged(out(0.1, 0.6, 0.3), 3),
      logged(out(0.7, 0.2, 0.1), '1'),
    ];
    const live = measureLivePerformance(window, {
      target: 'y',
      task: 'multiclass',
      classes: ['1', '2', '3'],
    });
    // F1 per class: 1 -> 1, 2 -> 2/3, 3 -> 0.
    expect(live.value).toBeCloseTo((1 + 2 / 3 + 0) / 3, 12);
    expect(live).toMatchObject({
      metric: 'f1_macro',
      scored: 4,
      trainingValue: null,
      gap: null,
      degradation: null,
    });
  });

  it('scores regression by RMSE, where a larger value is the worse one', () => {
    const window = [
      logged({ value: 1 }, 1),
      logged({ value: 2 }, '2'),
      logged({ value: 5 }, 3),
      logged({ value: 4 }, 'n/a'),
    ];
    const live = measureLivePerformance(window, { target: 'y', task: 'regression' }, 1);
    expect(live.value).toBeCloseTo(Math.sqrt(4 / 3), 12);
    expect(live).toMatchObject({
      metric: 'rmse',
      higherIsBetter: false,
      scored: 3,
      skipped: { unknownActual: 1 },
    });
    expect(live.degradation).toBeCloseTo(Math.sqrt(4 / 3) - 1, 12);
  });

  it('gives null metrics with no ground truth, and a null AUC when the truth holds one class', () => {
    const output = { target: 'y', task: 'binary', classes: ['no', 'yes'] } as const;
    const empty = measureLivePerformance([binary(0.3), binary(0.6)], output, 0.9);
    expect(empty).toMatchObject({
      value: null,
      labelled: 0,
      labelCoverage: 0,
      scored: 0,
      metrics: {},
      gap: null,
    });
    expect(measureLivePerformance([], output)).toMatchObject({ total: 0, labelCoverage: 0, value: null });
    const oneClass = measureLivePerformance([binary(0.3, 'no'), binary(0.6, 'no')], output, 0.9);
    expect(oneClass.value).toBeNull();
    expect(oneClass.metrics.accuracy).toBe(0.5);
  });
});
