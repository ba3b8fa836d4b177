import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../core/seeded-random.js';
import { splitValidation } from './split-validation.js';

describe('splitValidation', () => {
  it('holds out the fraction rounded up, disjoint and sorted', () => {
    const { train, validation } = splitValidation(101, 0.1, undefined, new SeededRandom(1));
    expect(validation.length).toBe(11);
    expect(train.length).toBe(90);
    const all = [...train, ...validation].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 101 }, (_, i) => i));
    expect([...validation]).toEqual([...validation].sort((a, b) => a - b));
  });

  it('keeps each class share in the validation part', () => {
    const codes = Float64Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? 1 : 0));
    const { validation } = splitValidation(1000, 0.2, codes, new SeededRandom(2));
    expect(validation.length).toBe(200);
    expect([...validation].filter((row) => codes[row] === 1).length).toBe(20);
  });

  it('is the same for the same seed only', () => {
    const split = (seed: number) => [
      ...splitValidation(500, 0.1, undefined, new SeededRandom(seed)).validation,
    ];
    expect(split(5)).toEqual(split(5));
    expect(split(5)).not.toEqual(split(6));
  });
});
