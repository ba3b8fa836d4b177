import type { TrafficSplit } from '../core/entities/traffic-split.js';
import type { ModelRepository } from '../core/ports/model-repository.js';

/** One route of a model's default traffic: an alias, the version behind it and its percent. */
export interface TrafficRoute {
  readonly alias: string;
  /** null when the serving alias does not exist yet (the server then serves the newest version). */
  readonly version: number | null;
  readonly percent: number;
}

/** A stored split with where each share goes, the serving alias last with what the split leaves. */
export interface TrafficSplitDescription extends TrafficSplit {
  readonly routes: readonly TrafficRoute[];
}

/**
 * Describes a model's traffic split for people: each split alias with its version and percent, then
 * the serving alias with the rest, so `sextant traffic show` answers "who gets what" in one table.
 *
 * @throws MODEL_NOT_FOUND
 */
export async function describeTrafficSplit(
  models: ModelRepository,
  name: string,
  servingAlias = 'production',
): Promise<TrafficSplitDescription> {
  const split = await models.getTrafficSplit(name);
  const versions = new Map((await models.listAliases(name)).map((a) => [a.alias, a.version]));
  const shares = Object.entries(split.split);
  const taken = shares.reduce((sum, [, percent]) => sum + Math.round(percent * 100), 0);
  return {
    ...split,
    routes: [
      ...shares.map(([alias, percent]) => ({ alias, version: versions.get(alias) ?? null, percent })),
      { alias: servingAlias, version: versions.get(servingAlias) ?? null, percent: (10_000 - taken) / 100 },
    ],
  };
}
