import { describe, expect, it } from 'vitest';
import type { AlertSummary } from './alert-rule.js';
import { evaluateAlertRules } from './evaluate-alert-rules.js';

const healthy: AlertSummary = {
  modelName: 'tickets',
  version: 3,
  drift: { status: 'OK', drifted: 0, compared: 5, driftedShare: 0 },
  dataQuality: { status: 'OK', inputs: [{ problems: [] }] },
  performance: { metric: 'roc_auc', value: 0.84, trainingValue: 0.85, higherIsBetter: true, scored: 400 },
  requests: { total: 1000, errors: 3, latencyP95Ms: 40 },
};

describe('evaluateAlertRules', () => {
  it('raises nothing for a healthy window, or for a window with no numbers at all', () => {
    expect(evaluateAlertRules(healthy)).toEqual([]);
    expect(evaluateAlertRules({ modelName: 'tickets' })).toEqual([]);
  });

  it('raises one alert per crossed limit, in rule order, with severity, message, dedup key and numbers', () => {
    const alerts = evaluateAlertRules({
      ...healthy,
      drift: { status: 'FAIL', drifted: 3, compared: 5, driftedShare: 0.6, driftedColumns: ['a', 'b', 'c'] },
      dataQuality: {
        status: 'FAIL',
        inputs: [
          { problems: ['source: 11.0% unknown categories ("chat")'] },
          { problems: ['age: 30.0% missing'] },
        ],
      },
      performance: { metric: 'roc_auc', value: 0.7, trainingValue: 0.85, higherIsBetter: true, scored: 250 },
      requests: { total: 200, errors: 15, latencyP95Ms: 1350.4 },
    });
    expect(alerts.map((a) => [a.rule, a.severity, a.dedupKey, a.message])).toEqual([
      [
        'drift',
        'warning',
        'tickets:drift',
        'tickets v3: data drift FAIL, 3 of 5 compared columns drifted (60.0%): a, b, c',
      ],
      [
        'data_quality',
        'warning',
        'tickets:data_quality',
        'tickets v3: input data quality FAIL: source: 11.0% unknown categories ("chat"); age: 30.0% missing',
      ],
      [
        'performance',
        'warning',
        'tickets:performance',
        'tickets v3: live roc_auc 0.700 on 250 labelled predictions is 0.150 below training 0.850 (limit 10.0% of training)',
      ],
      [
        'error_rate',
        'critical',
        'tickets:error_rate',
        'tickets v3: 7.5% of 200 requests failed (limit 5.0%)',
      ],
      [
        'latency',
        'warning',
        'tickets:latency',
        'tickets v3: p95 latency 1350 ms over 200 requests (limit 1000 ms)',
      ],
    ]);
    expect(alerts[2]!.payload).toMatchObject({ version: 3, metric: 'roc_auc', value: 0.7, scored: 250 });
    expect(alerts[2]!.payload.degradation).toBeCloseTo(0.15, 12);
    expect(alerts[3]!.payload).toEqual({
      version: 3,
      errorRate: 0.075,
      errors: 15,
      requests: 200,
      limit: 0.05,
    });
    expect(alerts.every((a) => a.modelName === 'tickets')).toBe(true);
  });

  it('reads a lower-is-better metric the other way round', () => {
    const rmse = (value: number) =>
      evaluateAlertRules({
        modelName: 'price',
        performance: { metric: 'rmse', value, trainingValue: 10, higherIsBetter: false, scored: 100 },
      });
    expect(rmse(10.9)).toEqual([]);
    expect(rmse(8)).toEqual([]);
    expect(rmse(11.5)[0]!.message).toBe(
      'price: live rmse 11.5 on 100 labelled predictions is 1.50 above training 10 (limit 10.0% of training)',
    );
  });

  it('waits for enough samples and requests before judging, and takes custom limits', () => {
    const few = {
      modelName: 'm',
      performance: { metric: 'roc_auc', value: 0.5, trainingValue: 0.9, higherIsBetter: true, scored: 29 },
      requests: { total: 19, errors: 19, latencyP95Ms: 5000 },
    };
    expect(evaluateAlertRules(few)).toEqual([]);
    const custom = evaluateAlertRules(few, {
      performance: { margin: 0.3, minSamples: 10, severity: 'critical' },
      errorRate: { minRequests: 10, max: 0.5 },
      latency: { minRequests: 10, maxP95Ms: 6000 },
    });
    expect(custom.map((a) => [a.rule, a.severity])).toEqual([
      ['performance', 'critical'],
      ['error_rate', 'critical'],
    ]);
    expect(custom[0]!.message).toMatch(/\(limit 0\.3\)$/);
    // An absolute margin alone replaces the default relative one.
    expect(evaluateAlertRules(few, { performance: { margin: 0.5, minSamples: 1 } })).toEqual([]);
  });

  it('turns rules off with false and fires drift and data quality at WARN when asked', () => {
    const warn: AlertSummary = {
      modelName: 'm',
      drift: { status: 'WARN', drifted: 1, compared: 4, driftedShare: 0.25 },
      dataQuality: { status: 'WARN', inputs: [] },
      requests: { total: 100, errors: 50, latencyP95Ms: null },
    };
    expect(evaluateAlertRules(warn, { errorRate: false })).toEqual([]);
    const rules = evaluateAlertRules(warn, {
      drift: { minStatus: 'WARN' },
      dataQuality: { minStatus: 'WARN' },
    }).map((a) => [a.rule, a.message]);
    expect(rules).toEqual([
      ['drift', 'm: data drift WARN, 1 of 4 compared columns drifted (25.0%)'],
      ['data_quality', 'm: input data quality WARN'],
      ['error_rate', 'm: 50.0% of 100 requests failed (limit 5.0%)'],
    ]);
  });
});
