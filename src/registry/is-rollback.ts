import type { AliasChange } from '../core/entities/alias.js';

const ROLLBACK_REASON = /^rollback from version (\d+) to (\d+)(?::|$)/;

/**
 * True when an alias-history row records a rollback. A rollback's reason starts with
 * `rollback from version F to T` (then `: why` when one was given), naming the row's own from and to
 * versions; both must match, so a free-text reason that merely mentions a rollback does not count.
 * The history table has no kind column, and a reason a person can read is worth more than a flag.
 */
export function isRollback(change: AliasChange): boolean {
  const match = ROLLBACK_REASON.exec(change.reason);
  return match !== null && Number(match[1]) === change.fromVersion && Number(match[2]) === change.toVersion;
}
