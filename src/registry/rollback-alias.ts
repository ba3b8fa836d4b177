import { assertName } from '../core/assert-name.js';
import type { AliasChange } from '../core/entities/alias.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { SextantError } from '../core/sextant-error.js';
import { isRollback } from './is-rollback.js';

/** A request to roll an alias back. */
export interface RollbackAliasRequest {
  readonly modelName: string;
  /** Default `production`. */
  readonly alias?: string | undefined;
  readonly actor: string;
  readonly reason?: string | undefined;
  readonly at: Date;
}

/**
 * Moves an alias back to the version it served before its latest promotion, and records the move
 * (reason `rollback from version F to T[: why]`, see {@link isRollback}).
 *
 * The rule, replayed from the alias history, oldest first: every ordinary move pushes its version on
 * a stack of served versions; a rollback pops back down to the version it went to; removing the alias
 * clears the stack. Rolling back picks the newest stacked version that is not the current one and
 * still exists and is active (archived and deleted ones are skipped, and stay consumed). So repeated
 * rollbacks keep walking back in time, 3 -> 2 -> 1, instead of flip-flopping between the last two
 * versions, and a version that was rolled away from is never rolled back to. Promoting after a
 * rollback starts a new step on top of the version rolled back to.
 *
 * @throws ALIAS_NOT_FOUND, MODEL_NOT_FOUND, NOTHING_TO_ROLL_BACK (409) when no earlier version qualifies
 */
export async function rollbackAlias(
  models: ModelRepository,
  request: RollbackAliasRequest,
): Promise<AliasChange> {
  const { modelName } = request;
  const alias = assertName('alias', request.alias ?? 'production');
  await models.getModel(modelName);
  const current = (await models.getAlias(modelName, alias)).version;
  const [history, versions] = await Promise.all([
    models.aliasHistory(modelName, alias),
    models.listVersions(modelName),
  ]);
  const active = new Set(versions.filter((v) => v.status === 'active').map((v) => v.version));
  const stack = servedStack(history.slice().reverse());
  const skipped: number[] = [];
  let target: number | undefined;
  for (let i = stack.length - 1; i >= 0 && target === undefined; i--) {
    const version = stack[i] as number;
    if (version === current) continue;
    if (active.has(version)) target = version;
    else if (!skipped.includes(version)) skipped.push(version);
  }
  if (target === undefined) {
    const why =
      skipped.length === 0
        ? ''
        : ` (earlier version${skipped.length === 1 ? '' : 's'} ${skipped.join(', ')} archived or deleted)`;
    throw new SextantError(
      'NOTHING_TO_ROLL_BACK',
      `alias "${alias}" of model "${modelName}" has no earlier version to roll back to${why}`,
      { model: modelName, alias, current, skipped },
    );
  }
  const note = request.reason?.trim() ? `: ${request.reason.trim()}` : '';
  return models.moveAlias({
    modelName,
    alias,
    version: target,
    actor: request.actor,
    reason: `rollback from version ${current} to ${target}${note}`,
    at: request.at,
  });
}

/** The versions an alias has served and not been rolled away from, oldest first (see rollbackAlias). */
function servedStack(historyOldestFirst: readonly AliasChange[]): number[] {
  let stack: number[] = [];
  for (const change of historyOldestFirst) {
    if (change.toVersion === null) stack = [];
    else if (isRollback(change)) {
      const at = stack.lastIndexOf(change.toVersion);
      stack = at === -1 ? [change.toVersion] : stack.slice(0, at + 1);
    } else stack.push(change.toVersion);
  }
  return stack;
}
