import { describe, expect, it } from 'vitest';
import { findBestSplit } from './find-best-split.js';
import type { SplitCandidate } from './split-candidate.js';

/** A one-feature histogram from [bin, gradient sum, hessian sum, count] entries. */
function histogram(entries: [number, number, number, number][]): Float64Array {
  const hist = new Float64Array(768);
  for (const [bin, g, h, c] of entries) hist.set([g, h, c], bin * 3);
  return hist;
}

function best(hist: Float64Array, nBins: number, minSamplesLeaf = 1, l2Regularization = 0): SplitCandidate {
  let g = 0;
  let h = 0;
  let c = 0;
  for (let k = 0; k < 768; k += 3) {
    g += hist[k]!;
    h += hist[k + 1]!;
    c += hist[k + 2]!;
  }
  const out = { gain: 0, feature: -1, bin: -1, missingLeft: false, leftGrad: 0, leftHess: 0, leftCount: 0 };
  findBestSplit(
    hist,
    Uint16Array.of(nBins),
    g,
    h,
    c,
    { minSamplesLeaf, l2Regularization, minHessian: 1e-3 },
    out,
  );
  return out;
}

describe('findBestSplit', () => {
  it('splits where the gradients change sign, with gain G_L²/H_L + G_R²/H_R - G²/H', () => {
    const s = best(
      histogram([
        [0, -4, 2, 2],
        [1, -4, 2, 2],
        [2, 4, 2, 2],
        [3, 4, 2, 2],
      ]),
      4,
    );
    expect(s).toMatchObject({ feature: 0, bin: 1, leftGrad: -8, leftHess: 4, leftCount: 4 });
    expect(s.gain).toBeCloseTo(64 / 4 + 64 / 4 - 0, 12);
  });

  it('damps the gain with the L2 penalty', () => {
    const s = best(
      histogram([
        [0, -4, 2, 2],
        [1, 4, 2, 2],
      ]),
      2,
      1,
      2,
    );
    expect(s.gain).toBeCloseTo(16 / 4 + 16 / 4, 12);
  });

  it('learns that missing values belong with the low bins', () => {
    const s = best(
      histogram([
        [0, -4, 2, 2],
        [1, -4, 2, 2],
        [2, 4, 2, 2],
        [255, -6, 3, 3],
      ]),
      3,
    );
    expect(s).toMatchObject({ bin: 1, missingLeft: true, leftCount: 7 });
  });

  it('learns that missing values belong with the high bins', () => {
    const s = best(
      histogram([
        [0, -4, 2, 2],
        [1, 4, 2, 2],
        [255, 6, 3, 3],
      ]),
      2,
    );
    expect(s).toMatchObject({ bin: 0, missingLeft: false, leftCount: 2 });
  });

  it('can split every value from the missing ones', () => {
    const s = best(
      histogram([
        [0, -4, 2, 2],
        [1, -4, 2, 2],
        [255, 6, 3, 3],
      ]),
      2,
    );
    expect(s).toMatchObject({ bin: 1, missingLeft: false, leftCount: 4 });
  });

  it('sends unseen missing values to the bigger child', () => {
    const s = best(
      histogram([
        [0, -4, 2, 2],
        [1, 4, 2, 5],
      ]),
      2,
    );
    expect(s).toMatchObject({ bin: 0, missingLeft: false });
    const t = best(
      histogram([
        [0, -4, 2, 5],
        [1, 4, 2, 2],
      ]),
      2,
    );
    expect(t).toMatchObject({ bin: 0, missingLeft: true });
  });

  it('respects min_samples_leaf and reports no split when none qualifies', () => {
    const hist = histogram([
      [0, -4, 2, 2],
      [1, 4, 2, 10],
      [2, 4, 2, 10],
    ]);
    expect(best(hist, 3, 3)).toMatchObject({ bin: 1 });
    expect(best(hist, 3, 11).gain).toBe(0);
    expect(best(histogram([[0, 1, 1, 10]]), 1).gain).toBe(0);
  });
});
