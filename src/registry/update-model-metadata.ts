import type { ModelVersion, RegisteredModel } from '../core/entities/model-version.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { SextantError } from '../core/sextant-error.js';
import { modelSchedules } from '../jobs/model-schedules.js';

/** What to change on a model, or on one of its versions when `version` is given. */
export interface ModelMetadataPatch {
  readonly modelName: string;
  readonly version?: number | undefined;
  /** Replaces the description. */
  readonly description?: string | undefined;
  /** Tags to add or overwrite; the others stay. */
  readonly setTags?: Readonly<Record<string, unknown>> | undefined;
  /** Tags to remove (a missing one is no error). */
  readonly removeTags?: readonly unknown[] | undefined;
}

/** MLflow's limits, so metadata moves between the two registries. */
const MAX_KEY_LENGTH = 250;
const MAX_VALUE_LENGTH = 5000;
const MAX_DESCRIPTION_LENGTH = 5000;
const TAG_KEY = /^[A-Za-z0-9_.\-/]+$/;
/** Tags under `sextant.` steer Sextant itself; on a model only these may be set by hand. */
const MODEL_SETTINGS = new Set([
  'sextant.monitor.schedule',
  'sextant.retrain.schedule',
  'sextant.retrain.on_fail',
]);

/**
 * Edits the description and tags of a registered model or of one version, merging tags: `setTags`
 * adds or overwrites, `removeTags` deletes, the rest stays. Keys are letters, digits and `_ . - /` (at
 * most 250), values text (at most 5000). Keys under `sextant.` are Sextant's: on a model only the
 * schedule and retrain-on-FAIL settings may be set, and they are checked as the scheduler reads them
 * (a five-field cron expression or `off`; `true` or `false`), so a typo fails here, not at the next
 * schedule refresh; on a version they are written by training (the drift reference profile, which
 * artifact garbage collection follows) and never edited by hand.
 *
 * @example await updateModelMetadata(models, { modelName: 'tickets', setTags: { 'sextant.retrain.on_fail': 'true' } })
 * @throws MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND, INVALID_ARGUMENT
 */
export async function updateModelMetadata(
  models: ModelRepository,
  patch: ModelMetadataPatch,
): Promise<RegisteredModel | ModelVersion> {
  const { modelName, version } = patch;
  const set = checkedSetTags(patch.setTags ?? {});
  const remove = (patch.removeTags ?? []).map((key) => checkedKey(key));
  const both = remove.find((key) => key in set);
  if (both !== undefined) invalid(`tag "${both}" is both set and removed`, { tag: both });
  if (patch.description !== undefined) {
    if (typeof patch.description !== 'string' || patch.description.length > MAX_DESCRIPTION_LENGTH)
      invalid(`the description must be text of at most ${MAX_DESCRIPTION_LENGTH} characters`, {});
  }
  for (const key of [...Object.keys(set), ...remove])
    if (key.startsWith('sextant.') && (version !== undefined || !MODEL_SETTINGS.has(key)))
      invalid(
        version !== undefined
          ? `tag "${key}" is written by Sextant itself and cannot be edited`
          : `"${key}" is not a model setting; the settings are ${[...MODEL_SETTINGS].join(', ')}`,
        { tag: key },
      );
  const current =
    version === undefined ? await models.getModel(modelName) : await models.getVersion(modelName, version);
  const tags: Record<string, string> = { ...current.tags, ...set };
  for (const key of remove) delete tags[key];
  if (version === undefined) {
    modelSchedules({ name: modelName, tags });
    const onFail = tags['sextant.retrain.on_fail'];
    if (onFail !== undefined && onFail !== 'true' && onFail !== 'false')
      invalid(`tag sextant.retrain.on_fail of model ${modelName} must be true or false, got "${onFail}"`, {
        tag: 'sextant.retrain.on_fail',
      });
  }
  const changes = {
    ...(patch.description === undefined ? {} : { description: patch.description }),
    ...(Object.keys(set).length + remove.length === 0 ? {} : { tags }),
  };
  return version === undefined
    ? models.updateModel(modelName, changes)
    : models.updateVersion(modelName, version, changes);
}

function checkedSetTags(tags: Readonly<Record<string, unknown>>): Record<string, string> {
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags))
    invalid('tags must be an object of text values', {});
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags)) {
    checkedKey(key);
    if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH)
      invalid(`the value of tag "${key}" must be text of at most ${MAX_VALUE_LENGTH} characters`, {
        tag: key,
      });
    out[key] = value;
  }
  return out;
}

function checkedKey(key: unknown): string {
  if (typeof key !== 'string' || key.length > MAX_KEY_LENGTH || !TAG_KEY.test(key))
    invalid(
      `tag key ${JSON.stringify(key)} must be 1 to ${MAX_KEY_LENGTH} letters, digits, "_", ".", "-" or "/"`,
      { tag: String(key) },
    );
  return key;
}

function invalid(message: string, details: Record<string, unknown>): never {
  throw new SextantError('INVALID_ARGUMENT', message, details);
}
