import { describe, expect, it } from 'vitest';
import type { BooleanColumn, CategoricalColumn, Frame, NumericColumn } from '../core/frame.js';
import { MISSING_CODE } from '../core/frame.js';
import { SeededRandom } from '../core/seeded-random.js';
import { isSextantError } from '../core/sextant-error.js';
import { simulateDrift } from './simulate-drift.js';

const N = 1000;

function sample(): Frame {
  const random = new SeededRandom(1);
  const price = Float64Array.from({ length: N }, (_, i) =>
    i % 50 === 0 ? Number.NaN : 10 + random.next() * 5,
  );
  const quantity = Float64Array.from({ length: N }, () => 1 + random.int(20));
  const codes = Int32Array.from({ length: N }, (_, i) =>
    i % 100 === 0 ? MISSING_CODE : i % 10 === 0 ? 2 : i % 2,
  );
  const flags = Uint8Array.from({ length: N }, (_, i) => (i % 4 === 0 ? 1 : 0));
  return {
    rowCount: N,
    columns: [
      { name: 'price', type: 'numeric', values: price },
      { name: 'quantity', type: 'numeric', values: quantity },
      { name: 'country', type: 'categorical', codes, dictionary: ['UK', 'FR', 'DE'] },
      { name: 'returned', type: 'boolean', values: flags },
    ],
  };
}

const numeric = (frame: Frame, name: string) =>
  (frame.columns.find((c) => c.name === name) as NumericColumn).values;

describe('simulateDrift', () => {
  it('gives the same output for the same seed and another for another seed', () => {
    const frame = sample();
    const spec = { scale: [{ min: 1.5, max: 3 }], outliers: 0.1, shift: [{ column: 'country', share: 0.3 }] };
    const a = simulateDrift(frame, { ...spec, seed: 7 });
    const b = simulateDrift(frame, { ...spec, seed: 7 });
    const c = simulateDrift(frame, { ...spec, seed: 8 });
    expect(a).toEqual(b);
    expect(numeric(a.frame, 'price')).not.toEqual(numeric(c.frame, 'price'));
  });

  it('scales each value by a factor within the range, keeps missing values and whole numbers, leaves the input alone', () => {
    const frame = sample();
    const before = numeric(frame, 'price').slice();
    const { frame: out, changes } = simulateDrift(frame, {
      scale: [
        { min: 1.5, max: 3 },
        { column: 'quantity', min: 10, max: 10 },
      ],
    });
    const price = numeric(out, 'price');
    const factors = new Set<number>();
    for (let i = 0; i < N; i++) {
      if (Number.isNaN(before[i]!)) expect(price[i]).toBeNaN();
      else {
        const factor = price[i]! / before[i]!;
        expect(factor).toBeGreaterThanOrEqual(1.5);
        expect(factor).toBeLessThanOrEqual(3);
        factors.add(factor);
      }
    }
    expect(factors.size).toBeGreaterThan(N / 2);
    // The named column's own range wins over the catch-all.
    expect(numeric(out, 'quantity')).toEqual(numeric(frame, 'quantity').map((q) => q * 10));
    expect(numeric(frame, 'price')).toEqual(before);
    expect(changes.map((c) => c.kind === 'scale' && [c.column, c.min, c.max])).toEqual([
      ['price', 1.5, 3],
      ['quantity', 10, 10],
    ]);
    const priceChange = changes[0] as { meanBefore: number; meanAfter: number };
    expect(priceChange.meanAfter / priceChange.meanBefore).toBeGreaterThan(2);
    expect(priceChange.meanAfter / priceChange.meanBefore).toBeLessThan(2.5);
  });

  it('turns the same share of rows into extremes far outside the observed range in every numeric column', () => {
    const frame = sample();
    const { frame: out, changes } = simulateDrift(frame, { outliers: 0.1, seed: 3 });
    expect(changes).toEqual([{ kind: 'outliers', columns: ['price', 'quantity'], rows: 100, share: 0.1 }]);
    const changedRows = (name: string) => {
      const [a, b] = [numeric(frame, name), numeric(out, name)];
      return [...a.keys()].filter((i) => !Object.is(a[i], b[i]));
    };
    const quantityRows = changedRows('quantity');
    expect(quantityRows).toHaveLength(100);
    for (const row of quantityRows) {
      const q = numeric(out, 'quantity')[row]!;
      expect(Number.isInteger(q)).toBe(true);
      expect(q < 1 - 190 || q > 20 + 190).toBe(true);
    }
    // Missing prices stay missing, so the price rows are the quantity rows minus the missing ones.
    const priceRows = changedRows('price');
    expect(priceRows.every((row) => quantityRows.includes(row))).toBe(true);
    expect(priceRows.length).toBe(quantityRows.filter((row) => row % 50 !== 0).length);
  });

  it('moves a share of rows to the rarest category, to a named one, or to a new label', () => {
    const frame = sample();
    const country = (f: Frame) => f.columns[2] as CategoricalColumn;
    const present = N - 10;
    const rarest = simulateDrift(frame, { shift: [{ column: 'country', share: 0.3 }] });
    expect(rarest.changes).toEqual([
      {
        kind: 'shift',
        column: 'country',
        to: 'DE',
        moved: 297,
        shareBefore: 90 / present,
        shareAfter: 387 / present,
      },
    ]);
    expect(country(rarest.frame).codes.filter((c) => c === 2).length).toBe(387);
    expect(country(rarest.frame).codes.filter((c) => c === MISSING_CODE).length).toBe(10);

    const fresh = simulateDrift(frame, { shift: [{ column: 'country', share: 0.05, to: 'ES' }] });
    expect(country(fresh.frame).dictionary).toEqual(['UK', 'FR', 'DE', 'ES']);
    expect(country(fresh.frame).codes.filter((c) => c === 3).length).toBe(50);
    expect(country(frame).dictionary).toEqual(['UK', 'FR', 'DE']);

    const flags = simulateDrift(frame, { shift: [{ column: 'returned', share: 0.5 }] });
    expect(flags.changes[0]).toMatchObject({ to: 'true', moved: 500, shareBefore: 0.25, shareAfter: 0.75 });
    expect((flags.frame.columns[3] as BooleanColumn).values.filter((v) => v === 1).length).toBe(750);
  });

  it('refuses unknown columns, wrong column types and out-of-range numbers', () => {
    const frame = sample();
    const fails = (simulation: Parameters<typeof simulateDrift>[1], code: string, message: RegExp) => {
      try {
        simulateDrift(frame, simulation);
      } catch (error) {
        expect(isSextantError(error) && error.code).toBe(code);
        expect((error as Error).message).toMatch(message);
        return;
      }
      throw new Error('expected an error');
    };
    fails(
      { scale: [{ column: 'cost', min: 1, max: 2 }] },
      'COLUMN_MISSING',
      /"cost" is not in the data; it has price/,
    );
    fails({ scale: [{ column: 'country', min: 1, max: 2 }] }, 'INVALID_ARGUMENT', /"country" is categorical/);
    fails({ scale: [{ min: 3, max: 2 }] }, 'INVALID_ARGUMENT', /MIN <= MAX/);
    fails({ outliers: 1.5 }, 'INVALID_ARGUMENT', /within 0\.\.1/);
    fails({ shift: [{ column: 'price', share: 0.2 }] }, 'INVALID_ARGUMENT', /categorical and boolean/);
    fails({ shift: [{ column: 'returned', share: 0.2, to: 'maybe' }] }, 'INVALID_ARGUMENT', /true or false/);
  });
});
