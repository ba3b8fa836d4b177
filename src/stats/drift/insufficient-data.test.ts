import { describe, expect, it } from 'vitest';
import { insufficientData } from './insufficient-data.js';

describe('insufficientData', () => {
  it('gives NaN results with the reason and the facts', () => {
    expect(insufficientData('p_value', { minimum: 2, referenceSize: 1 })).toEqual({
      statistic: Number.NaN,
      pValue: Number.NaN,
      details: { reason: 'insufficient data', minimum: 2, referenceSize: 1 },
    });
    expect(insufficientData('distance')).toEqual({
      statistic: Number.NaN,
      details: { reason: 'insufficient data' },
    });
  });
});
