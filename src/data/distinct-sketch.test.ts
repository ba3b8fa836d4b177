import { describe, expect, it } from 'vitest';
import { DistinctSketch } from './distinct-sketch.js';

const estimate = (...chunks: Float64Array[]): { distinct: number; missing: number } => {
  const sketch = new DistinctSketch();
  const missing = chunks.reduce((sum, chunk) => sum + sketch.add(chunk), 0);
  return { distinct: sketch.estimate(), missing };
};

describe('DistinctSketch', () => {
  it('counts tiny sets exactly and small ones nearly so, NaN left out and counted, -0 as 0', () => {
    expect(estimate(new Float64Array(0))).toEqual({ distinct: 0, missing: 0 });
    expect(
      estimate(
        Float64Array.of(1, 2, 2, Number.NaN, 0),
        Float64Array.of(-0, Number.POSITIVE_INFINITY, Number.NaN),
      ),
    ).toEqual({ distinct: 4, missing: 2 });
    const { distinct } = estimate(Float64Array.from({ length: 500 }, (_, i) => i % 123));
    expect(Math.abs(distinct - 123)).toBeLessThanOrEqual(1);
  });

  it('stays within 3 % on large sets of integers, rounded decimals and random doubles, fed in chunks', () => {
    let state = 42;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) | 0;
      return (state >>> 0) / 2 ** 32;
    };
    const doubles = Float64Array.from({ length: 200_000 }, random);
    const sets: [number, Float64Array][] = [
      [300_000, Float64Array.from({ length: 300_000 }, (_, i) => i)],
      [
        100_000,
        Float64Array.from({ length: 400_000 }, (_, i) => Number(((i % 100_000) / 1000 + 1).toPrecision(7))),
      ],
      [50_000, Float64Array.from({ length: 50_000 }, (_, i) => -i * 2 ** 40)],
      [new Set(doubles).size, doubles],
    ];
    for (const [exact, values] of sets) {
      const chunks = Array.from({ length: Math.ceil(values.length / 2048) }, (_, i) =>
        values.subarray(i * 2048, (i + 1) * 2048),
      );
      const { distinct, missing } = estimate(...chunks);
      expect(missing).toBe(0);
      expect(Math.abs(distinct - exact) / exact).toBeLessThan(0.03);
    }
  });
});
