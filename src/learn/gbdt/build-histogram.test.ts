import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../core/seeded-random.js';
import { buildHistogram } from './build-histogram.js';

/** The histogram summed one (row, feature) at a time, the obvious way. */
function naive(
  bins: Uint8Array,
  nRows: number,
  nCols: number,
  rows: number[],
  grad: Float64Array,
  hess: Float64Array,
) {
  const hist = new Float64Array(nCols * 768);
  for (const r of rows) {
    for (let f = 0; f < nCols; f++) {
      const k = f * 768 + bins[f * nRows + r]! * 3;
      hist[k]! += grad[r]!;
      hist[k + 1]! += hess[r]!;
      hist[k + 2]!++;
    }
  }
  return hist;
}

describe('buildHistogram', () => {
  const random = new SeededRandom(1);
  const nRows = 500;
  const nCols = 7; // one group of four features and three single ones
  const bins = Uint8Array.from({ length: nRows * nCols }, () => (random.next() < 0.1 ? 255 : random.int(40)));
  const grad = Float64Array.from({ length: 2 * nRows }, () => random.next() - 0.5);
  const hess = Float64Array.from({ length: 2 * nRows }, () => random.next());

  it('sums gradients, hessians and counts of contiguous rows', () => {
    const hist = new Float64Array(nCols * 768);
    buildHistogram(bins, nRows, nCols, null, 100, 400, grad, hess, 0, hist, 0);
    const expected = naive(
      bins,
      nRows,
      nCols,
      Array.from({ length: 300 }, (_, i) => 100 + i),
      grad,
      hess,
    );
    for (let i = 0; i < hist.length; i++) expect(hist[i]).toBeCloseTo(expected[i]!, 12);
  });

  it('sums listed rows, reading gradients at an offset and writing at a histogram offset', () => {
    const rows = Uint32Array.from({ length: 120 }, (_, i) => i * 4 + 1);
    const hist = new Float64Array(2 * nCols * 768).fill(9);
    buildHistogram(bins, nRows, nCols, rows, 10, 110, grad, hess, nRows, hist, nCols * 768);
    const expected = naive(
      bins,
      nRows,
      nCols,
      [...rows.subarray(10, 110)],
      grad.subarray(nRows),
      hess.subarray(nRows),
    );
    expect(hist[0]).toBe(9);
    for (let i = 0; i < expected.length; i++) expect(hist[nCols * 768 + i]).toBeCloseTo(expected[i]!, 12);
  });
});
