import { assertName } from '../core/assert-name.js';
import type { AliasChange } from '../core/entities/alias.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { SextantError } from '../core/sextant-error.js';

/** A request to point an alias at a version. */
export interface SetAliasRequest {
  readonly modelName: string;
  readonly alias: string;
  readonly version: number;
  /** Who moves it: `cli:<user>`, `token:<name>`, `retrain`, ... */
  readonly actor: string;
  readonly reason?: string | undefined;
  readonly at: Date;
}

/**
 * Points `alias` of a model at `version` (a promotion) and records the move in alias history, in one
 * transaction. The alias name is checked because it ends up in URLs and metric labels; an archived
 * version is refused because an alias must only ever serve a version someone meant to keep.
 *
 * @example await setAlias(models, { modelName: 'tickets', alias: 'production', version: 3, actor: 'cli:ana', at });
 * @throws MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND, INVALID_ARGUMENT (bad name or version, archived version)
 */
export async function setAlias(models: ModelRepository, request: SetAliasRequest): Promise<AliasChange> {
  const { modelName, alias, version } = request;
  assertName('alias', alias);
  if (!Number.isInteger(version) || version < 1) {
    throw new SextantError('INVALID_ARGUMENT', `version must be a positive integer, got ${version}`, {
      version,
    });
  }
  const target = await models.getVersion(modelName, version);
  if (target.status === 'archived') {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `version ${version} of model "${modelName}" is archived; an alias cannot point at it`,
      { model: modelName, alias, version },
    );
  }
  return models.moveAlias({
    modelName,
    alias,
    version,
    actor: request.actor,
    reason: request.reason ?? '',
    at: request.at,
  });
}
