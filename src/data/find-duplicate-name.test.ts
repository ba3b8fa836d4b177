import { describe, expect, it } from 'vitest';
import { findDuplicateName } from './find-duplicate-name.js';

describe('findDuplicateName', () => {
  it('finds an exact repeat', () => {
    expect(findDuplicateName(['a', 'b', 'a'])).toEqual({ first: 'a', second: 'a' });
  });

  it('finds a repeat that differs only by case', () => {
    expect(findDuplicateName(['Price', 'qty', 'price'])).toEqual({ first: 'Price', second: 'price' });
  });

  it('returns undefined for distinct names', () => {
    expect(findDuplicateName(['a', 'a_1', 'b', ''])).toBeUndefined();
    expect(findDuplicateName([])).toBeUndefined();
  });
});
