import { describe, expect, it } from 'vitest';
import type { Frame } from '../../core/frame.js';
import { MISSING_CODE } from '../../core/frame.js';
import { isSextantError } from '../../core/sextant-error.js';
import type { CategoricalDriftStatistic, NumericDriftStatistic } from '../drift/drift-statistic.js';
import { textVocabularyStatistic } from '../drift/text-vocabulary-statistic.js';
import { computeDrift } from './compute-drift.js';
import { createDriftStatisticCatalog } from './create-drift-statistic-catalog.js';

// Test-local statistics: the engine's contract, not any real test's numbers.
const meanShift: NumericDriftStatistic = {
  name: 'psi',
  label: 'mean shift',
  kind: 'numeric',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  failThreshold: 0.25,
  compute: ({ reference, current }) => {
    const mean = (values: Float64Array) => values.reduce((a, b) => a + b, 0) / values.length;
    const sortedBoth = [reference, current].every((side) =>
      side.every((v, i) => i === 0 || side[i - 1]! <= v),
    );
    return { statistic: Math.abs(mean(current) - mean(reference)), details: { sortedBoth } };
  },
};
const smallSample: NumericDriftStatistic = {
  ...meanShift,
  name: 'ks',
  scoreKind: 'p_value',
  defaultThreshold: 0.05,
  compute: () => ({ statistic: 0, pValue: 0.5 }),
};
const shareGap: CategoricalDriftStatistic = {
  name: 'jensenshannon',
  label: 'share gap',
  kind: 'categorical',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  compute: ({ referenceCounts, currentCounts }) => {
    const total = (c: Float64Array) => c.reduce((a, b) => a + b, 0);
    const gap = referenceCounts.reduce(
      (sum, r, i) => sum + Math.abs(r / total(referenceCounts) - currentCounts[i]! / total(currentCounts)),
      0,
    );
    return { statistic: gap / 2 };
  },
};
const broken: CategoricalDriftStatistic = {
  ...shareGap,
  name: 'chisquare',
  compute: () => {
    throw new Error('boom');
  },
};
const catalog = createDriftStatisticCatalog([
  meanShift,
  smallSample,
  shareGap,
  broken,
  textVocabularyStatistic,
]);

const n = 2000;
const numbers = (shift: number, extra: (i: number) => number | undefined = () => undefined) =>
  Float64Array.from({ length: n }, (_, i) => extra(i) ?? ((i * 7919) % n) / n + shift);
const labels = (bias: number) =>
  Int32Array.from({ length: n }, (_, i) => (i % 10 < bias ? 1 : i % 50 === 0 ? MISSING_CODE : 0));

function frames(): { reference: Frame; current: Frame } {
  const reference: Frame = {
    rowCount: n,
    columns: [
      {
        name: 'same',
        type: 'numeric',
        values: numbers(0, (i) => (i === 3 ? Number.NaN : i === 4 ? Number.POSITIVE_INFINITY : undefined)),
      },
      { name: 'moved', type: 'numeric', values: numbers(0) },
      { name: 'color', type: 'categorical', codes: labels(2), dictionary: ['red', 'blue'] },
      { name: 'when', type: 'datetime', values: numbers(1e12) },
      { name: 'gone', type: 'numeric', values: numbers(0) },
      { name: 'empty', type: 'numeric', values: new Float64Array(n).fill(Number.NaN) },
      { name: 'kind', type: 'numeric', values: numbers(0) },
      {
        name: 'note',
        type: 'text',
        values: Array.from({ length: n }, (_, i) => (i % 2 ? 'late delivery' : 'great support')),
      },
    ],
  };
  const current: Frame = {
    rowCount: n,
    columns: [
      {
        name: 'same',
        type: 'numeric',
        values: numbers(0, (i) => (i < 5 ? Number.NEGATIVE_INFINITY : undefined)),
      },
      { name: 'moved', type: 'numeric', values: numbers(0.5) },
      {
        name: 'color',
        type: 'categorical',
        codes: labels(8).map((code) => (code < 0 ? code : 1 - code)),
        dictionary: ['blue', 'red'],
      },
      { name: 'when', type: 'datetime', values: numbers(2e12) },
      { name: 'empty', type: 'numeric', values: numbers(0) },
      { name: 'kind', type: 'categorical', codes: labels(1), dictionary: ['a', 'b'] },
      { name: 'note', type: 'text', values: Array.from({ length: n }, () => 'refund please') },
      { name: 'new', type: 'boolean', values: new Uint8Array(n).fill(1) },
    ],
  };
  return { reference, current };
}

const at = new Date('2026-11-23T10:00:00Z');

describe('computeDrift', () => {
  it('reports every column: compared, one-sided, mismatched, empty, skipped', async () => {
    const { reference, current } = frames();
    const { report, execution } = await computeDrift(reference, current, {
      catalog,
      now: () => at,
      referenceSource: 'r.csv',
      currentSource: 'c.csv',
    });
    expect(execution).toBe('in-process');
    const by = Object.fromEntries(report.columns.map((column) => [column.name, column]));
    expect(report.columns.map((column) => [column.name, column.status])).toEqual([
      ['same', 'OK'],
      ['moved', 'FAIL'],
      ['color', 'FAIL'],
      ['when', 'SKIPPED'],
      ['gone', 'REFERENCE_ONLY'],
      ['empty', 'INSUFFICIENT_DATA'],
      ['kind', 'TYPE_MISMATCH'],
      ['note', 'FAIL'],
      ['new', 'CURRENT_ONLY'],
    ]);
    expect(by.same).toMatchObject({
      kind: 'numeric',
      drifted: false,
      test: { name: 'psi', scoreKind: 'distance' },
      threshold: 0.1,
      failThreshold: 0.25,
      reference: { rows: n, used: n - 2, missing: 1, infinite: 1 },
      current: { rows: n, used: n - 5, missing: 0, infinite: 5 },
      details: { sortedBoth: true },
    });
    expect(by.moved!.statistic).toBeCloseTo(0.5, 10);
    expect(by.color).toMatchObject({
      test: { name: 'jensenshannon' },
      drifted: true,
      histogram: { kind: 'categorical', labels: ['blue', 'red'] },
    });
    expect(by.empty!.message).toBe('the reference has no usable value');
    expect(by.note!.test!.name).toBe('text_vocabulary');
    expect(report).toMatchObject({
      schemaVersion: 1,
      generatedAt: '2026-11-23T10:00:00.000Z',
      reference: { source: 'r.csv', rows: n, fromProfile: false },
      current: { source: 'c.csv', rows: n },
      dataset: { columns: 9, compared: 4, drifted: 3, driftedShare: 0.75, drift: true, status: 'FAIL' },
    });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('compares a datetime column when asked, and only the selected columns', async () => {
    const { reference, current } = frames();
    const { report } = await computeDrift(reference, current, {
      catalog,
      settings: { columns: ['when', 'same'] },
    });
    expect(report.columns.map((column) => [column.name, column.status])).toEqual([
      ['when', 'FAIL'],
      ['same', 'OK'],
    ]);
  });

  it('turns a throwing statistic into an ERROR column and carries on', async () => {
    const { reference, current } = frames();
    const { report } = await computeDrift(reference, current, {
      catalog,
      settings: {
        columns: ['color', 'same'],
        test: { byColumn: new Map([['color', { name: 'chisquare' }]]) },
      },
    });
    expect(report.columns[0]).toMatchObject({
      status: 'ERROR',
      drifted: null,
      message: 'chisquare failed: boom',
    });
    expect(report.dataset).toMatchObject({ compared: 1, status: 'WARN' });
  });

  it('fails before computing on a bad setting or a column on neither side', async () => {
    const { reference, current } = frames();
    const reason = async (promise: Promise<unknown>) =>
      promise.then(
        () => 'ok',
        (error) => (isSextantError(error) ? error.code : String(error)),
      );
    expect(await reason(computeDrift(reference, current, { catalog, settings: { columns: ['nope'] } }))).toBe(
      'COLUMN_MISSING',
    );
    expect(
      await reason(computeDrift(reference, current, { catalog, settings: { threshold: { all: -1 } } })),
    ).toBe('INVALID_ARGUMENT');
  });

  it('returns a reference profile that reproduces the same report', async () => {
    const { reference, current } = frames();
    const first = await computeDrift(reference, current, { catalog, now: () => at, profile: {} });
    expect(first.profile!.columns.map((column) => column.name)).toEqual([
      'same',
      'moved',
      'color',
      'when',
      'gone',
      'empty',
      'kind',
      'note',
    ]);
    const again = await computeDrift(first.profile!, current, { catalog, now: () => at });
    expect(again.report.reference).toMatchObject({ fromProfile: true, rows: n });
    expect(again.report.columns).toEqual(first.report.columns);
  });
});

describe('computeDrift on worker threads', () => {
  const big = 150_000;
  const column = (name: string, shift: number, seed: number) => {
    let state = seed;
    const values = Float64Array.from({ length: big }, () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648 + shift;
    });
    values[7] = Number.NaN;
    return { name, type: 'numeric' as const, values };
  };
  const reference: Frame = {
    rowCount: big,
    columns: [column('a', 0, 1), column('b', 0, 2), column('c', 0, 3)],
  };
  const current: Frame = {
    rowCount: big,
    columns: [column('a', 0, 4), column('b', 0.2, 5), column('c', 0.01, 6)],
  };

  it('gives the in-process report, with the real default statistics', async () => {
    const workers = await computeDrift(reference, current, {
      now: () => at,
      threads: 2,
      profile: { maxValues: 1000 },
    });
    const inProcess = await computeDrift(reference, current, {
      now: () => at,
      threads: 0,
      profile: { maxValues: 1000 },
    });
    expect(workers.execution).toBe('workers');
    expect(inProcess.execution).toBe('in-process');
    expect(workers.report).toEqual(inProcess.report);
    expect(workers.profile).toEqual(inProcess.profile);
    expect(workers.report.columns.map((c) => [c.test?.name, c.status])).toEqual([
      ['psi', 'OK'],
      ['psi', 'FAIL'],
      ['psi', 'OK'],
    ]);
    expect(reference.columns[0]!.type === 'numeric' && reference.columns[0]!.values.length).toBe(big); // the Frame is never transferred
  });

  it('compares against a sketched profile within the sketch error', async () => {
    const full = await computeDrift(reference, current, {
      now: () => at,
      threads: 0,
      profile: { maxValues: 1001 },
    });
    const sketched = await computeDrift(full.profile!, current, {
      now: () => at,
      threads: 0,
      settings: { test: { all: { name: 'ks' } } },
    });
    const exact = await computeDrift(reference, current, {
      now: () => at,
      threads: 0,
      settings: { test: { all: { name: 'ks' } } },
    });
    for (const [index, column] of sketched.report.columns.entries()) {
      expect(column.details.referenceSketch).toBe(1001);
      expect(Math.abs(column.statistic! - exact.report.columns[index]!.statistic!)).toBeLessThanOrEqual(
        1 / 1000,
      );
    }
  });

  it('stays in process for small inputs', async () => {
    const { execution } = await computeDrift(frames().reference, frames().current, { threads: 2 });
    expect(execution).toBe('in-process');
  });
});
