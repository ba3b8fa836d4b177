import type { MonitoringStatus } from '../core/entities/monitoring-report.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import type { MonitoringRepository } from '../core/ports/monitoring-repository.js';
import { type AliasView, aliasView } from './alias-view.js';

/** One entry of `GET /v1/models`. */
export interface ModelSummary {
  readonly name: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly createdAt: Date;
  readonly aliases: readonly AliasView[];
  /** The version the `production` alias serves, null without one. */
  readonly productionVersion: number | null;
  /** The newest registered version (archived or not), null when every version was deleted. */
  readonly latestVersion: number | null;
  /** The newest monitoring report's verdict, null before the first monitoring run. */
  readonly latestReport: {
    readonly status: MonitoringStatus;
    readonly createdAt: Date;
    readonly version: number | null;
  } | null;
}

/**
 * Every registered model, by name, with its aliases, production and latest versions and the status
 * of its latest monitoring report: the registry overview of `GET /v1/models` and `sextant models list`.
 */
export async function listModelSummaries(
  models: ModelRepository,
  monitoring: MonitoringRepository,
): Promise<ModelSummary[]> {
  const registered = await models.listModels();
  return Promise.all(
    registered.map(async (model): Promise<ModelSummary> => {
      const [aliases, versions, report] = await Promise.all([
        models.listAliases(model.name),
        models.listVersions(model.name),
        monitoring.findLatestReport(model.name),
      ]);
      return {
        name: model.name,
        description: model.description,
        tags: model.tags,
        createdAt: model.createdAt,
        aliases: aliases.map(aliasView),
        productionVersion: aliases.find((a) => a.alias === 'production')?.version ?? null,
        latestVersion: versions.at(-1)?.version ?? null,
        latestReport:
          report === undefined
            ? null
            : { status: report.status, createdAt: report.createdAt, version: report.version },
      };
    }),
  );
}
