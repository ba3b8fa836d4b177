import type { AliasChange } from '../core/entities/alias.js';
import type { ModelVersion } from '../core/entities/model-version.js';
import type { TrafficSplit } from '../core/entities/traffic-split.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { type AliasView, aliasView } from './alias-view.js';

/** A version as `GET /v1/models/{name}` lists it (no model name: the model object carries it). */
export type VersionView = Omit<ModelVersion, 'modelName'>;

/** An alias-history row as `GET /v1/models/{name}` lists it. */
export type AliasChangeView = Omit<AliasChange, 'modelName'>;

/** The model's canary traffic split as `GET /v1/models/{name}` shows it: `{split, actor, at}`. */
export type TrafficSplitView = Omit<TrafficSplit, 'modelName'>;

/** Everything the registry knows about one model: the body of `GET /v1/models/{name}`. */
export interface ModelDescription {
  readonly name: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly createdAt: Date;
  /** Oldest first, archived ones included, each with metrics, signature and lineage. */
  readonly versions: readonly VersionView[];
  /** By alias name. */
  readonly aliases: readonly AliasView[];
  /** Every alias move, newest first: who moved what, when and why. */
  readonly aliasHistory: readonly AliasChangeView[];
  /** Percent of default-route traffic by alias (the serving alias takes the rest); `{}` when none. */
  readonly traffic: TrafficSplitView;
}

/**
 * Describes a registered model: versions, aliases and alias history, in the shape of docs/http-api.md.
 * Dates stay Date objects; JSON.stringify (and Fastify) write them as ISO 8601 UTC strings.
 *
 * @throws MODEL_NOT_FOUND
 */
export async function describeModel(models: ModelRepository, name: string): Promise<ModelDescription> {
  const model = await models.getModel(name);
  const [versions, aliases, history, traffic] = await Promise.all([
    models.listVersions(name),
    models.listAliases(name),
    models.aliasHistory(name),
    models.getTrafficSplit(name),
  ]);
  return {
    name: model.name,
    description: model.description,
    tags: model.tags,
    createdAt: model.createdAt,
    versions: versions.map(versionView),
    aliases: aliases.map(aliasView),
    aliasHistory: history.map(({ modelName: _model, ...change }) => change),
    traffic: { split: traffic.split, actor: traffic.actor, at: traffic.at },
  };
}

function versionView(v: ModelVersion): VersionView {
  return {
    version: v.version,
    status: v.status,
    runId: v.runId,
    artifactKey: v.artifactKey,
    signature: v.signature,
    metrics: v.metrics,
    description: v.description,
    tags: v.tags,
    datasetVersionIds: v.datasetVersionIds,
    createdAt: v.createdAt,
  };
}
