import { describe, expect, it } from 'vitest';
import { compareCodePoints } from './compare-code-points.js';
import { decodeFloat64 } from './decode-float64.js';
import { encodeFloat64 } from './encode-float64.js';
import { textTerms } from './text-terms.js';

describe('float64 base64 codec', () => {
  it('round-trips values bit for bit', () => {
    const values = Float64Array.of(0, -0, 1 / 3, -1e-300, 1.7976931348623157e308, Number.NaN);
    const decoded = decodeFloat64(encodeFloat64(values));
    expect(Object.is(decoded[1], -0)).toBe(true);
    expect(decoded).toEqual(values);
    expect(encodeFloat64(Float64Array.of(1))).toBe('AAAAAAAA8D8=');
  });

  it('refuses text that is not whole float64 values', () => {
    expect(() => decodeFloat64('AAAA')).toThrowError(/multiple of 8/);
    expect(() => decodeFloat64('not base64!')).toThrowError(/base64/);
  });
});

describe('compareCodePoints', () => {
  it('sorts by code point as Python does, astral characters after U+FFFF', () => {
    const words = ['\u{1F600}x', '\uFF21', 'b', 'B', 'a', 'ab', '\u00e9'];
    expect(words.sort(compareCodePoints)).toEqual(['B', 'a', 'ab', 'b', '\u00e9', '\uFF21', '\u{1F600}x']);
  });
});

describe('textTerms', () => {
  it('keeps runs of two or more word characters (letters, digits, underscore, any script)', () => {
    expect(textTerms("I can't log_in: error 503 at 東京, x", true, 1, 1)).toEqual([
      'can',
      'log_in',
      'error',
      '503',
      'at',
      '東京',
    ]);
  });

  it('makes n-grams within the range, unigrams first', () => {
    expect(textTerms('Server down, server DOWN!', true, 1, 2)).toEqual([
      'server',
      'down',
      'server',
      'down',
      'server down',
      'down server',
      'server down',
    ]);
    expect(textTerms('a bb cc dd', false, 2, 3)).toEqual(['bb cc', 'cc dd', 'bb cc dd']);
  });
});
