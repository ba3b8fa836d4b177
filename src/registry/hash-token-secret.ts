import { createHash } from 'node:crypto';

/**
 * The sha256 (lowercase hex) of an API token secret: the only form in which a secret is stored or
 * looked up, so a copy of the database does not hand out working tokens. A plain hash suffices
 * (no salt, no slow KDF) because secrets are 32 random bytes, not passwords a person chose.
 */
export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
