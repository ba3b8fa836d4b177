import { describe, expect, it } from 'vitest';
import { Float64Pool } from './float64-pool.js';

describe('Float64Pool', () => {
  it('reuses the smallest free buffer that is large enough', () => {
    const pool = new Float64Pool();
    const big = pool.take(100);
    const small = pool.take(10);
    pool.give(big.buffer as ArrayBuffer);
    pool.give(small.buffer as ArrayBuffer);
    const again = pool.take(8);
    expect(again.buffer).toBe(small.buffer);
    expect(again.length).toBe(8);
    expect(pool.take(50).buffer).toBe(big.buffer);
    expect(pool.take(50).buffer).not.toBe(big.buffer);
  });

  it('ignores detached buffers', () => {
    const pool = new Float64Pool();
    const values = pool.take(4);
    structuredClone(values.buffer, { transfer: [values.buffer as ArrayBuffer] });
    pool.give(values.buffer as ArrayBuffer);
    expect(pool.take(4).buffer).not.toBe(values.buffer);
  });
});
