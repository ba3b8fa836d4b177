import { describe, expect, it } from 'vitest';
import { DriftOptionReader } from './drift-option-reader.js';
import { readBinsOption } from './read-bins-option.js';

describe('readBinsOption', () => {
  const read = (bins?: number | string) =>
    readBinsOption(new DriftOptionReader('kl', bins === undefined ? {} : { bins }, ['bins']));

  it('defaults to Sturges and accepts a whole number', () => {
    expect(read()).toBe('sturges');
    expect(read('sturges')).toBe('sturges');
    expect(read(30)).toBe(30);
    expect(read('12')).toBe(12);
  });

  it('rejects zero, fractions and other words', () => {
    expect(() => read(0)).toThrow(/bins=0/);
    expect(() => read(2.5)).toThrow(/integer/);
    expect(() => read('scott')).toThrow(/bins=scott/);
  });
});
