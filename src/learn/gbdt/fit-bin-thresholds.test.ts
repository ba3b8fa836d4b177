import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../core/seeded-random.js';
import { fitBinThresholds } from './fit-bin-thresholds.js';

const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

describe('fitBinThresholds', () => {
  it('puts edges at midpoints when there are few distinct values, ignoring NaN', () => {
    const x = Float64Array.of(3, 1, Number.NaN, 2, 1, 3);
    const [edges] = fitBinThresholds(x, 1, all(6), 255, 200_000, new SeededRandom(0));
    expect([...edges!]).toEqual([1.5, 2.5]);
  });

  it('places at most maxBins - 1 increasing quantile edges', () => {
    const random = new SeededRandom(1);
    const x = Float64Array.from({ length: 10_000 }, () => random.normal());
    const [edges] = fitBinThresholds(x, 1, all(10_000), 16, 200_000, new SeededRandom(0));
    expect(edges!.length).toBe(15);
    for (let i = 1; i < edges!.length; i++) expect(edges![i]!).toBeGreaterThan(edges![i - 1]!);
    // The middle edge of a standard normal sits near its median.
    expect(Math.abs(edges![7]!)).toBeLessThan(0.05);
  });

  it('reads only the given rows, per column of a row-major matrix', () => {
    const x = Float64Array.of(0, 100, 1, 200, 2, 300, 50, 50);
    const edges = fitBinThresholds(x, 2, Uint32Array.of(0, 1, 2), 255, 200_000, new SeededRandom(0));
    expect(edges.map((e) => [...e])).toEqual([
      [0.5, 1.5],
      [150, 250],
    ]);
  });

  it('samples the same rows for the same seed', () => {
    const random = new SeededRandom(2);
    const x = Float64Array.from({ length: 5000 }, () => random.next());
    const edgesFor = (seed: number) => fitBinThresholds(x, 1, all(5000), 32, 500, new SeededRandom(seed))[0]!;
    expect(edgesFor(3)).toEqual(edgesFor(3));
    expect(edgesFor(3)).not.toEqual(edgesFor(4));
  });

  it('keeps edges finite next to infinite values', () => {
    const x = Float64Array.of(1, Number.POSITIVE_INFINITY);
    const [edges] = fitBinThresholds(x, 1, all(2), 255, 200_000, new SeededRandom(0));
    expect(edges![0]).toBe(Number.MAX_VALUE);
  });
});
