import { describe, expect, it } from 'vitest';
import { CompensatedSum } from './compensated-sum.js';

describe('CompensatedSum', () => {
  it('keeps the small terms a plain sum loses', () => {
    const sum = new CompensatedSum();
    for (const term of [1e16, 1, -1e16]) sum.add(term);
    expect(sum.value).toBe(1);
  });

  it('sums a million tenths to 100000 where a plain sum drifts by 1e-6', () => {
    const sum = new CompensatedSum();
    let plain = 0;
    for (let i = 0; i < 1e6; i++) {
      sum.add(0.1);
      plain += 0.1;
    }
    expect(sum.value).toBe(1e5);
    expect(Math.abs(plain - 1e5)).toBeGreaterThan(1e-7);
  });
});
