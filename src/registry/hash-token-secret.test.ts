import { describe, expect, it } from 'vitest';
import { hashTokenSecret } from './hash-token-secret.js';

describe('hashTokenSecret', () => {
  it('is the lowercase hex sha256 of the secret (FIPS 180-2 vector "abc")', () => {
    expect(hashTokenSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashTokenSecret('sxt_a')).not.toBe(hashTokenSecret('sxt_b'));
  });
});
