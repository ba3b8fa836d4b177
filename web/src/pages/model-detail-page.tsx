import { apiPath } from '../api/api-path';
import type { DatasetInfo, ModelDetail, MonitoringReport } from '../api/api-types';
import { useApi } from '../api/use-api';
import { ApiView } from '../components/api-view';
import { datasetLabeller } from '../components/dataset-labeller';
import { StatusBadge } from '../components/status-badge';
import { TriggerPanel } from '../components/trigger-panel';
import { routeHref } from '../router/route-href';
import { AliasHistory } from './alias-history';
import { TrafficPanel } from './traffic-panel';
import { VersionsTable } from './versions-table';

/**
 * One model: its tags, aliases and traffic split (with the canary guard's verdicts), the status of its
 * latest monitoring run, every version with metrics and lineage (run, datasets), the alias history as
 * a timeline, and the admin buttons.
 */
export function ModelDetailPage({ name }: { readonly name: string }) {
  const model = useApi<ModelDetail>(apiPath(['v1', 'models', name]));
  const latest = useApi<{ reports: MonitoringReport[] }>(
    apiPath(['v1', 'models', name, 'reports'], { limit: 1 }),
  );
  const datasets = useApi<{ datasets: DatasetInfo[] }>('v1/datasets');
  const label = datasetLabeller(datasets.data?.datasets);
  const report = latest.data?.reports[0];

  return (
    <section>
      <div className="page-head">
        <h1 data-testid="model-name">{name}</h1>
        <StatusBadge status={report?.status} />
        <button type="button" className="secondary" onClick={model.reload} data-testid="reload">
          Refresh
        </button>
      </div>
      <nav className="sub-links">
        <a href={routeHref(['drift', name])}>Drift</a>
        <a href={routeHref(['performance', name])}>Performance</a>
        <a href={routeHref(['runs'], { model: name })}>Runs and jobs</a>
        <a href={routeHref(['alerts'], { model: name })}>Alerts</a>
      </nav>
      <ApiView state={model} action={`read model ${name}`}>
        {(detail) => {
          const production = detail.aliases.find((a) => a.alias === 'production');
          return (
            <>
              {detail.description !== '' && <p className="muted">{detail.description}</p>}
              {Object.keys(detail.tags).length > 0 && (
                <ul className="chips" data-testid="model-tags">
                  {Object.entries(detail.tags).map(([key, value]) => (
                    <li key={key} className="chip" data-testid={`tag-${key}`} data-value={value}>
                      {key}={value}
                    </li>
                  ))}
                </ul>
              )}
              <div className="panel">
                <h2>Aliases</h2>
                <p>
                  production:{' '}
                  <strong data-testid="production-version" data-value={production?.version ?? ''}>
                    {production === undefined ? 'none' : `v${production.version}`}
                  </strong>
                </p>
                <ul className="chips">
                  {detail.aliases.map((alias) => (
                    <li
                      key={alias.alias}
                      className="chip"
                      data-testid={`alias-${alias.alias}`}
                      data-version={alias.version}
                    >
                      {alias.alias} → v{alias.version}
                    </li>
                  ))}
                  {detail.aliases.length === 0 && <li className="muted">no alias set</li>}
                </ul>
              </div>
              <div className="panel">
                <h2>Traffic</h2>
                <TrafficPanel detail={detail} report={report} />
              </div>
              <div className="panel">
                <h2>Versions</h2>
                <VersionsTable detail={detail} label={label} />
              </div>
              <div className="panel">
                <h2>Alias history</h2>
                <AliasHistory history={detail.aliasHistory} />
              </div>
            </>
          );
        }}
      </ApiView>
      <div className="panel">
        <h2>Actions</h2>
        <TriggerPanel
          model={name}
          onDone={() => {
            model.reload();
            latest.reload();
          }}
        />
      </div>
    </section>
  );
}
