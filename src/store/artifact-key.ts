import { SextantError } from '../core/sextant-error.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Checks that `key` is a lowercase sha256 hex digest and returns it. Every artifact store calls this
 * before touching storage, so a caller-supplied string can never become a path (no `..`, no `/`).
 */
export function assertArtifactKey(key: unknown): string {
  if (typeof key !== 'string' || !SHA256_HEX.test(key)) {
    const shown = typeof key === 'string' ? JSON.stringify(key.slice(0, 80)) : typeof key;
    throw new SextantError('ARTIFACT_KEY_INVALID', `artifact key ${shown} is not a sha256 hex digest`);
  }
  return key;
}
