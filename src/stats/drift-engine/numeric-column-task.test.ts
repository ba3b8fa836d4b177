import { describe, expect, it } from 'vitest';
import type { NumericDriftStatistic } from '../drift/drift-statistic.js';
import { createDriftStatisticCatalog } from './create-drift-statistic-catalog.js';
import { runNumericColumnTask } from './numeric-column-task.js';

const seen: boolean[] = [];
const sortedCheck: NumericDriftStatistic = {
  name: 'sorted_check',
  label: 'sorted check',
  kind: 'numeric',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  compute: ({ reference, current }) => {
    seen.push([reference, current].every((side) => side.every((v, i) => i === 0 || side[i - 1]! <= v)));
    return { statistic: reference.length + current.length };
  },
};
const throwing: NumericDriftStatistic = {
  ...sortedCheck,
  name: 'throwing',
  compute: () => {
    throw new RangeError('bad input');
  },
};
const catalog = createDriftStatisticCatalog([sortedCheck, throwing]);
const task = (name?: string, keepReference = 0) => ({
  reference: Float64Array.of(5, 1, 4, 2, 3),
  referenceSorted: false,
  current: Float64Array.of(9, 7, 8),
  ...(name === undefined ? {} : { test: { name, options: {} } }),
  bins: 2,
  keepReference,
});

describe('runNumericColumnTask', () => {
  it('sorts both sides once, runs the test on them and bins them', () => {
    const result = runNumericColumnTask(task('sorted_check', 3), catalog);
    expect(seen).toEqual([true]);
    expect(result.measurement?.statistic).toBe(8);
    expect(result.histogram?.edges).toHaveLength(3);
    expect(Array.from(result.reference!)).toEqual([1, 3, 5]);
  });

  it('hands back the buffers it does not keep, and sorts with the lent scratch buffer', () => {
    const sent = task('sorted_check');
    const lent: number[] = [];
    const result = runNumericColumnTask(sent, catalog, (length) => {
      lent.push(length);
      return new Float64Array(length);
    });
    expect(result.spent).toEqual({ reference: sent.reference.buffer, current: sent.current.buffer });
    expect(lent).toEqual([5, 3]);
  });

  it('reports a throwing or unknown statistic as an error', () => {
    expect(runNumericColumnTask(task('throwing'), catalog).error).toBe('throwing failed: bad input');
    expect(runNumericColumnTask(task('nope'), catalog).error).toBe('no numeric drift statistic called nope');
  });

  it('only sorts the reference when there is no current side', () => {
    const { current: _current, ...profileOnly } = task(undefined, 10);
    expect(runNumericColumnTask(profileOnly, catalog)).toEqual({
      spent: {},
      reference: Float64Array.of(1, 2, 3, 4, 5),
    });
  });
});
