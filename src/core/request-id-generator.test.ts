import { beforeEach, describe, expect, it } from 'vitest';
import { RequestIdGenerator } from './request-id-generator.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const embeddedMs = (id: string): number => Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);

describe('RequestIdGenerator', () => {
  let generator = new RequestIdGenerator();
  const newRequestId = (now?: number) => generator.next(now);
  beforeEach(() => {
    generator = new RequestIdGenerator();
  });

  it('makes lowercase UUIDv7 strings: version 7, variant 10, the time in the first 48 bits', () => {
    const before = Date.now();
    const id = newRequestId();
    const after = Date.now();
    expect(id).toMatch(UUID_V7);
    expect(embeddedMs(id)).toBeGreaterThanOrEqual(before);
    expect(embeddedMs(id)).toBeLessThanOrEqual(after);
    // 2 hours after the clock: never behind anything made before, whatever the state.
    const at = Date.UTC(2031, 4, 6, 7, 8, 9, 123) + 7_200_000;
    const given = newRequestId(at);
    expect(given).toMatch(UUID_V7);
    expect(given.slice(0, 13)).toBe(
      `${at.toString(16).padStart(12, '0').slice(0, 8)}-${at.toString(16).slice(-4)}`,
    );
    expect(embeddedMs(given)).toBe(at);
    expect(embeddedMs(newRequestId(at + 0.9))).toBe(at);
  });

  it('keeps the exact time at the edges of the 48-bit field and refuses times outside it', () => {
    expect(newRequestId(2 ** 48 - 1).slice(0, 13)).toBe('ffffffff-ffff');
    expect(newRequestId(0).slice(0, 13)).toBe('00000000-0000');
    for (const bad of [-1, 2 ** 48, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => newRequestId(bad)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('never repeats over 100 000 ids, within and across milliseconds', () => {
    const ids = new Set<string>();
    const start = Date.UTC(2032, 0, 1);
    for (let i = 0; i < 50_000; i++) ids.add(newRequestId(start));
    for (let i = 0; i < 50_000; i++) ids.add(newRequestId(start + 1 + (i >> 4)));
    expect(ids.size).toBe(100_000);
    expect([...ids].filter((id) => !UUID_V7.test(id))).toEqual([]);
  });

  it('sorts in the order made: by time, then by a counter within one millisecond', () => {
    const start = Date.UTC(2033, 0, 1);
    const made: string[] = [];
    for (let ms = 0; ms < 50; ms++) for (let n = 0; n < 40; n++) made.push(newRequestId(start + ms * 7));
    // A clock stepping back a little keeps counting on the last time instead of going backwards.
    made.push(newRequestId(start + 49 * 7 - 3), newRequestId(start + 49 * 7 - 3));
    expect(embeddedMs(made.at(-1)!)).toBe(start + 49 * 7);
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(made.length);
  });

  it('starts afresh at the given time after a large step back', () => {
    const late = Date.UTC(2034, 0, 1);
    newRequestId(late);
    const earlier = late - 3_600_000;
    expect(embeddedMs(newRequestId(earlier))).toBe(earlier);
  });
});
