import { describe, expect, it } from 'vitest';
import { judgeMeasurement } from './judge-measurement.js';

describe('judgeMeasurement', () => {
  it('judges distances: drift and WARN from the threshold, FAIL from the fail level', () => {
    expect(judgeMeasurement('distance', { statistic: 0.09 }, 0.1, 0.25)).toMatchObject({
      status: 'OK',
      drifted: false,
    });
    expect(judgeMeasurement('distance', { statistic: 0.1 }, 0.1, 0.25)).toMatchObject({
      status: 'WARN',
      drifted: true,
    });
    expect(judgeMeasurement('distance', { statistic: 0.25 }, 0.1, 0.25)).toMatchObject({
      status: 'FAIL',
      drifted: true,
    });
    expect(judgeMeasurement('distance', { statistic: Number.POSITIVE_INFINITY }, 0.1, 0.25).status).toBe(
      'FAIL',
    );
  });

  it('judges p-values: drift below the threshold, FAIL below the fail level', () => {
    expect(judgeMeasurement('p_value', { statistic: 1, pValue: 0.05 }, 0.05, 0.01)).toMatchObject({
      status: 'OK',
      drifted: false,
    });
    expect(judgeMeasurement('p_value', { statistic: 1, pValue: 0.02 }, 0.05, 0.01)).toMatchObject({
      status: 'WARN',
      drifted: true,
    });
    expect(judgeMeasurement('p_value', { statistic: 1, pValue: 0.001 }, 0.05, 0.01).status).toBe('FAIL');
  });

  it('tells insufficient data from an undefined statistic', () => {
    const few = { statistic: Number.NaN, pValue: Number.NaN, details: { reason: 'insufficient data' } };
    expect(judgeMeasurement('p_value', few, 0.05, 0.01).status).toBe('INSUFFICIENT_DATA');
    expect(judgeMeasurement('distance', { statistic: Number.NaN }, 0.1, 0.25)).toMatchObject({
      status: 'ERROR',
      message: 'the statistic is undefined on this data',
    });
    expect(judgeMeasurement('p_value', { statistic: 0.3 }, 0.05, 0.01).status).toBe('ERROR');
  });
});
