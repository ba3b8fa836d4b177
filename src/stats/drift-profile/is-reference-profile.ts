import { REFERENCE_PROFILE_MAGIC } from './reference-profile-magic.js';

/**
 * Whether `head` (a file's first bytes, at least 8) starts like a saved reference profile, so that
 * one option can take a data file or a profile.
 *
 * @example isReferenceProfile(firstBytes) ? decodeReferenceProfile(bytes, path) : await readFrame(path)
 */
export function isReferenceProfile(head: Uint8Array): boolean {
  return (
    head.length >= REFERENCE_PROFILE_MAGIC.length &&
    REFERENCE_PROFILE_MAGIC.every((byte, index) => head[index] === byte)
  );
}
