import { describe, expect, it } from 'vitest';
import { selectDriftStatistic } from './select-drift-statistic.js';

describe('selectDriftStatistic', () => {
  it('uses p-value tests when the smaller side has at most 1000 values', () => {
    expect(selectDriftStatistic({ kind: 'numeric', referenceSize: 1000, currentSize: 5e6 }).name).toBe('ks');
    expect(selectDriftStatistic({ kind: 'numeric', referenceSize: 5e6, currentSize: 200 }).name).toBe('ks');
    expect(
      selectDriftStatistic({ kind: 'categorical', referenceSize: 800, currentSize: 900, categoryCount: 5 })
        .name,
    ).toBe('chisquare');
    expect(
      selectDriftStatistic({ kind: 'categorical', referenceSize: 800, currentSize: 900, categoryCount: 2 })
        .name,
    ).toBe('z_proportions');
    expect(
      selectDriftStatistic({ kind: 'categorical', referenceSize: 800, currentSize: 900, categoryCount: 1 })
        .name,
    ).toBe('z_proportions');
  });

  it('uses effect sizes above 1000 values: PSI at 0.1 for numbers, Jensen-Shannon for labels', () => {
    const numeric = selectDriftStatistic({ kind: 'numeric', referenceSize: 1001, currentSize: 1001 });
    expect(numeric).toMatchObject({ name: 'psi', threshold: 0.1 });
    expect(numeric.reason).toMatch(/over 1000 values on the smaller side \(1001\)/);
    expect(
      selectDriftStatistic({ kind: 'categorical', referenceSize: 1e6, currentSize: 1e6, categoryCount: 2 })
        .name,
    ).toBe('jensenshannon');
  });

  it('uses the vocabulary test for text at any size', () => {
    expect(selectDriftStatistic({ kind: 'text', referenceSize: 10, currentSize: 1e6 }).name).toBe(
      'text_vocabulary',
    );
  });
});
