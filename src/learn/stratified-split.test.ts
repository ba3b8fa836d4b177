import { describe, expect, it } from 'vitest';
import { isSextantError } from '../core/sextant-error.js';
import { stratifiedSplit } from './stratified-split.js';

describe('stratifiedSplit', () => {
  it('keeps class shares on both sides and covers every labelled row once', () => {
    const strata = Int32Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? 1 : i % 97 === 0 ? -1 : 0));
    const { train, holdout } = stratifiedSplit(1000, { holdoutShare: 0.2, seed: 1, strata });
    const share = (rows: Uint32Array) => rows.filter((r) => strata[r] === 1).length / rows.length;
    expect(share(holdout)).toBeCloseTo(share(train), 2);
    const all = [...train, ...holdout].sort((a, b) => a - b);
    expect(all).toEqual([...Array(1000).keys()].filter((i) => strata[i] !== -1));
    const count = (label: number) => strata.filter((s) => s === label).length;
    expect(holdout.length).toBe(Math.round(count(0) * 0.2) + Math.round(count(1) * 0.2));
  });

  it('is deterministic under a seed', () => {
    const a = stratifiedSplit(500, { holdoutShare: 0.25, seed: 9 });
    expect(stratifiedSplit(500, { holdoutShare: 0.25, seed: 9 })).toEqual(a);
    expect(stratifiedSplit(500, { holdoutShare: 0.25, seed: 10 }).holdout).not.toEqual(a.holdout);
  });

  it('puts a rare class on both sides', () => {
    const strata = Int32Array.from({ length: 100 }, (_, i) => (i < 2 ? 1 : 0));
    const { train, holdout } = stratifiedSplit(100, { holdoutShare: 0.1, seed: 3, strata });
    expect(train.filter((r) => r < 2)).toHaveLength(1);
    expect(holdout.filter((r) => r < 2)).toHaveLength(1);
  });

  it('rejects a bad share and too few rows', () => {
    const invalid = (e: unknown) => isSextantError(e, 'INVALID_ARGUMENT');
    expect(() => stratifiedSplit(10, { holdoutShare: 1, seed: 1 })).toThrow(expect.toSatisfy(invalid));
    expect(() => stratifiedSplit(1, { holdoutShare: 0.2, seed: 1 })).toThrow(expect.toSatisfy(invalid));
  });
});
