import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('is the same text for objects that differ only in key order, at any depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 1, z: 0 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('keeps array order and tells types apart', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson(0)).not.toBe(canonicalJson('0'));
    expect(canonicalJson(true)).toBe('true');
  });

  it('stores undefined as null', () => {
    expect(canonicalJson(undefined)).toBe('null');
  });
});
