import { assertName } from '../core/assert-name.js';
import type { TrafficSplit } from '../core/entities/traffic-split.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { SextantError } from '../core/sextant-error.js';

/** A request to share a model's default-route traffic out between aliases. */
export interface SetTrafficSplitRequest {
  readonly modelName: string;
  /** Percent by alias; `{}` sends all traffic back to the serving alias. */
  readonly split: Readonly<Record<string, unknown>>;
  /** Who sets it: `cli:<user>`, `token:<name>`, ... */
  readonly actor: string;
  readonly at: Date;
  /** The alias the default route serves, which takes the rest and so cannot be in the split. */
  readonly servingAlias?: string;
}

/**
 * Sets a model's canary traffic split, replacing the previous one. Every alias must exist and point
 * at an active version (a share must never go to a version nobody meant to serve), the serving alias
 * is refused (it gets what the split leaves), each percent is in (0, 100] with at most two decimals
 * (stored exactly), and the percents add up to at most 100. Sums are taken in hundredths, as
 * integers, so 33.33 + 33.33 + 33.34 is exactly 100.
 *
 * @example await setTrafficSplit(models, { modelName: 'tickets', split: { canary: 10 }, actor: 'cli:ana', at });
 * @throws MODEL_NOT_FOUND, ALIAS_NOT_FOUND, INVALID_ARGUMENT (bad percent, sum over 100, serving alias, archived version)
 */
export async function setTrafficSplit(
  models: ModelRepository,
  request: SetTrafficSplitRequest,
): Promise<TrafficSplit> {
  const { modelName, split } = request;
  const serving = request.servingAlias ?? 'production';
  await models.getModel(modelName);
  let total = 0;
  const checked: Record<string, number> = {};
  for (const [alias, percent] of Object.entries(split)) {
    assertName('alias', alias);
    if (alias === serving)
      invalid(
        `"${serving}" serves the rest of the traffic and cannot be in the split; name the other aliases only`,
        { alias },
      );
    if (typeof percent !== 'number' || !Number.isFinite(percent) || percent <= 0 || percent > 100)
      invalid(`the percent of "${alias}" must be a number above 0 and at most 100, got ${String(percent)}`, {
        alias,
        percent: String(percent),
      });
    const hundredths = Math.round(percent * 100);
    if (Math.abs(percent * 100 - hundredths) > 1e-6)
      invalid(`the percent of "${alias}" has more than two decimals: ${percent}`, { alias, percent });
    total += hundredths;
    checked[alias] = hundredths / 100;
  }
  if (total > 10_000) invalid(`the percents add up to ${total / 100}, more than 100`, { total: total / 100 });
  for (const alias of Object.keys(checked)) {
    const target = await models.getAlias(modelName, alias);
    const version = await models.getVersion(modelName, target.version);
    if (version.status !== 'active')
      invalid(`alias "${alias}" points at version ${version.version}, which is ${version.status}`, {
        alias,
        version: version.version,
      });
  }
  return models.setTrafficSplit(modelName, checked, request.actor, request.at);
}

function invalid(message: string, details: Record<string, unknown>): never {
  throw new SextantError('INVALID_ARGUMENT', message, details);
}
