/**
 * The shape of every API token secret: `sxt_` and 32 random bytes in base64url (43 characters).
 * The prefix makes leaked secrets easy to recognise (secret scanners, logs); the fixed shape lets a
 * malformed secret be rejected before any database query.
 */
export const TOKEN_SECRET_PATTERN = /^sxt_[A-Za-z0-9_-]{43}$/;
