import { describe, expect, it } from 'vitest';
import { TypedArena } from './typed-arena.js';

describe('TypedArena', () => {
  it('hands out zero-filled, non-overlapping, aligned views until reset', () => {
    const arena = new TypedArena();
    const a = arena.int32(3);
    a.set([1, 2, 3]);
    const b = arena.float64(2);
    expect(b.byteOffset % 8).toBe(0);
    expect([...b]).toEqual([0, 0]);
    b.set([4.5, 5.5]);
    expect([...a]).toEqual([1, 2, 3]);
    expect(b.buffer).toBe(a.buffer);
    arena.reset();
    // Memory is reused after a reset, and what is handed out again is zero-filled.
    const c = arena.int32(3);
    expect(c.buffer).toBe(a.buffer);
    expect(c.byteOffset).toBe(a.byteOffset);
    expect([...c]).toEqual([0, 0, 0]);
  });

  it('grows into a new buffer without disturbing views already handed out', () => {
    const arena = new TypedArena();
    const first = arena.float64(1000).fill(7);
    const big = arena.float64(100_000);
    expect(big.length).toBe(100_000);
    expect(big.buffer).not.toBe(first.buffer);
    expect(first.every((v) => v === 7)).toBe(true);
  });

  it('gives plain arrays for requests beyond its largest buffer', () => {
    const arena = new TypedArena();
    const huge = arena.int32(3_000_000);
    expect(huge.length).toBe(3_000_000);
    expect(huge.byteOffset).toBe(0);
    expect(huge.buffer.byteLength).toBe(12_000_000);
    expect(arena.int32(2).buffer).not.toBe(huge.buffer);
  });
});
