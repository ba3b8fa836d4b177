import { describe, expect, it } from 'vitest';
import { frameFromRecords } from '../learn/frame-from-records.js';
import type { ModelSignature } from '../learn/model-signature.js';
import { assessDataQuality } from './assess-data-quality.js';

const signature: ModelSignature = {
  inputs: [
    { name: 'amount', type: 'numeric', required: true, range: { min: 0, max: 100 } },
    { name: 'source', type: 'categorical', required: true, categories: ['email', 'phone', 'web'] },
    { name: 'age', type: 'numeric', required: false, range: { min: 18, max: 90 } },
    { name: 'title', type: 'text', required: true },
  ],
  output: { target: 'urgent', task: 'binary', classes: ['0', '1'] },
};

/** 100 rows; `edit(i)` changes row i. */
function logged(edit: (i: number) => Record<string, unknown> = () => ({})) {
  const records = Array.from({ length: 100 }, (_, i) => ({
    amount: i,
    source: ['email', 'phone', 'web'][i % 3],
    age: 20 + (i % 50),
    title: `ticket ${i}`,
    ...edit(i),
  }));
  return frameFromRecords(records, signature);
}

const input = (report: ReturnType<typeof assessDataQuality>, name: string) =>
  report.inputs.find((i) => i.name === name)!;

describe('assessDataQuality', () => {
  it('is OK when the logged inputs look like training data', () => {
    const report = assessDataQuality(logged(), signature);
    expect(report.status).toBe('OK');
    expect(report.rows).toBe(100);
    expect(report.inputs.map((i) => [i.name, i.status, i.problems])).toEqual([
      ['amount', 'OK', []],
      ['source', 'OK', []],
      ['age', 'OK', []],
      ['title', 'OK', []],
    ]);
  });

  it('counts unknown categories by label, values outside the training range and missing values', () => {
    const report = assessDataQuality(
      logged((i) => ({
        ...(i < 11 ? { source: i < 8 ? 'chat' : 'fax' } : {}),
        amount: i >= 97 ? 250 + i : i === 0 ? -1 : i,
        age: i < 10 ? null : 30,
      })),
      signature,
    );
    const source = input(report, 'source');
    expect(source.unknownCategories).toEqual([
      { label: 'chat', count: 8 },
      { label: 'fax', count: 3 },
    ]);
    expect(source).toMatchObject({ unknownDistinct: 2, unknownShare: 0.11, status: 'FAIL' });
    expect(source.problems).toEqual(['source: 11.0% unknown categories ("chat", "fax")']);
    const amount = input(report, 'amount');
    expect(amount.outOfRange).toEqual({ below: 1, above: 3, share: 0.04 });
    expect(amount.status).toBe('OK');
    // age may be missing (training had gaps): 10 % is above the 5 % WARN limit only.
    const age = input(report, 'age');
    expect(age).toMatchObject({ missing: 10, missingShare: 0.1, status: 'WARN' });
    expect(age.problems).toEqual(['age: 10.0% missing']);
    expect(report.status).toBe('FAIL');
  });

  it('warns on any missing value of an input training never saw missing, and fails on a column gone', () => {
    const frame = logged((i) => ({ title: i === 5 ? null : 'x' }));
    const report = assessDataQuality(
      { rowCount: frame.rowCount, columns: frame.columns.filter((c) => c.name !== 'amount') },
      signature,
    );
    expect(input(report, 'title')).toMatchObject({ missing: 1, status: 'WARN' });
    expect(input(report, 'title').problems).toEqual(['title: 1.0% missing, never missing in training']);
    expect(input(report, 'amount')).toMatchObject({
      present: false,
      missing: 100,
      missingShare: 1,
      status: 'FAIL',
    });
    expect(report.status).toBe('FAIL');
  });

  it('takes custom limits, names extra columns and a column logged with the wrong type', () => {
    const frame = logged((i) => ({ amount: i < 10 ? 1000 : 5 }));
    const strict = assessDataQuality(frame, signature, { outOfRange: { warn: 0.01, fail: 0.05 } });
    expect(input(strict, 'amount').status).toBe('FAIL');
    expect(assessDataQuality(frame, signature).status).toBe('WARN');
    const odd = assessDataQuality(
      {
        rowCount: 2,
        columns: [
          { name: 'amount', type: 'text', values: ['1', '2'] },
          { name: 'urgent', type: 'numeric', values: Float64Array.of(0, 1) },
        ],
      },
      signature,
    );
    expect(input(odd, 'amount').problems).toEqual(['amount is logged as text, the model takes numeric']);
    expect(odd.extraColumns).toEqual(['urgent']);
  });

  it('is OK with no rows at all', () => {
    const report = assessDataQuality(frameFromRecords([], signature), signature);
    expect(report).toMatchObject({ rows: 0, status: 'OK' });
    expect(report.inputs.every((i) => i.missingShare === 0)).toBe(true);
  });
});
