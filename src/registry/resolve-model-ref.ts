import type { ModelVersion } from '../core/entities/model-version.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { SextantError } from '../core/sextant-error.js';
import type { ModelRef } from './parse-model-ref.js';

/**
 * The version a reference names: the pinned version (archived ones included: pinning is explicit),
 * the version an alias points at, or by default what `production` serves, falling back to the newest
 * active version for a model that has no production alias yet (right after its first training).
 *
 * @throws MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND, ALIAS_NOT_FOUND (an alias named explicitly)
 */
export async function resolveModelRef(models: ModelRepository, ref: ModelRef): Promise<ModelVersion> {
  const { modelName } = ref;
  if (ref.version !== undefined) return models.getVersion(modelName, ref.version);
  const alias = await models.findAlias(modelName, ref.alias ?? 'production');
  if (alias !== undefined) return models.getVersion(modelName, alias.version);
  await models.getModel(modelName);
  if (ref.alias !== undefined) {
    throw new SextantError('ALIAS_NOT_FOUND', `model "${modelName}" has no alias "${ref.alias}"`, {
      model: modelName,
      alias: ref.alias,
    });
  }
  const latest = (await models.listVersions(modelName)).filter((v) => v.status === 'active').at(-1);
  if (latest === undefined) {
    throw new SextantError(
      'MODEL_VERSION_NOT_FOUND',
      `model "${modelName}" has no production alias and no active version`,
      { model: modelName },
    );
  }
  return latest;
}
