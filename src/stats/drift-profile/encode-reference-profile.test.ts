import { describe, expect, it } from 'vitest';
import { isSextantError } from '../../core/sextant-error.js';
import { decodeReferenceProfile } from './decode-reference-profile.js';
import { encodeReferenceProfile } from './encode-reference-profile.js';
import { isReferenceProfile } from './is-reference-profile.js';
import type { ReferenceProfile } from './reference-profile.js';

const profile: ReferenceProfile = {
  version: 1,
  source: 'train.csv',
  rowCount: 4,
  createdAt: '2026-11-23T00:00:00.000Z',
  maxValues: 100_000,
  columns: [
    {
      name: 'x',
      type: 'numeric',
      kind: 'numeric',
      rows: 4,
      missing: 1,
      positiveInfinity: 1,
      negativeInfinity: 0,
      count: 2,
      values: Float64Array.of(-1.5, 1e300),
      sorted: true,
    },
    {
      name: 'when',
      type: 'datetime',
      kind: 'numeric',
      rows: 4,
      missing: 4,
      positiveInfinity: 0,
      negativeInfinity: 0,
      count: 0,
      values: new Float64Array(0),
      sorted: true,
    },
    {
      name: 'c',
      type: 'categorical',
      kind: 'categorical',
      rows: 4,
      missing: 0,
      counts: new Map([
        ['b', 3],
        ['"quoted"', 1],
      ]),
    },
    { name: 'f', type: 'boolean', kind: 'categorical', rows: 4, missing: 2, counts: new Map([['true', 2]]) },
    {
      name: 't',
      type: 'text',
      kind: 'text',
      rows: 4,
      missing: 1,
      documents: 3,
      tokens: 5,
      words: new Map([
        ['late', 3],
        ['été', 2],
      ]),
    },
  ],
};

function failure(bytes: Uint8Array): string {
  try {
    decodeReferenceProfile(bytes, 'p.sxprofile');
  } catch (error) {
    if (isSextantError(error, 'PROFILE_INVALID')) return error.message;
    throw error;
  }
  throw new Error('decoding succeeded');
}

describe('reference profile encoding', () => {
  it('round-trips every column kind exactly', () => {
    const bytes = encodeReferenceProfile(profile);
    expect(isReferenceProfile(bytes)).toBe(true);
    const decoded = decodeReferenceProfile(bytes, 'p.sxprofile');
    expect(decoded).toEqual(profile);
  });

  it('refuses another format version, naming both', () => {
    const bytes = encodeReferenceProfile({ ...profile, version: 2 as 1 });
    expect(failure(bytes)).toMatch(
      /p\.sxprofile: .*format version 2 is not supported \(this Sextant reads version 1\)/,
    );
  });

  it('refuses files that are not profiles, cut short or inconsistent', () => {
    expect(failure(new TextEncoder().encode('a,b\n1,2\n'))).toMatch(/signature/);
    const bytes = encodeReferenceProfile(profile);
    expect(failure(bytes.subarray(0, 40))).toMatch(/cut short/);
    expect(failure(bytes.subarray(0, bytes.length - 8))).toMatch(/column "x" values lie outside the file/);
    const text = new TextDecoder().decode(bytes).replace('"kind":"text"', '"kind":"txet"');
    expect(failure(new TextEncoder().encode(text))).toMatch(/column "t" has kind txet/);
  });
});
