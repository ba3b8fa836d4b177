import { apiPath } from '../api/api-path';
import type { DatasetInfo, Run } from '../api/api-types';
import { useApi } from '../api/use-api';
import { ApiView } from '../components/api-view';
import { datasetLabeller } from '../components/dataset-labeller';
import { LineageLinks } from '../components/lineage-links';
import { Num } from '../components/num';
import { StatusBadge } from '../components/status-badge';
import { TimeText } from '../components/time-text';
import { formatDuration } from '../format/format-duration';
import { routeHref } from '../router/route-href';

/** One tracked run: status, timing, metrics, the datasets it read, its parameters and result. */
export function RunDetailPage({ id }: { readonly id: string }) {
  const state = useApi<Run>(apiPath(['v1', 'runs', id]));
  const datasets = useApi<{ datasets: DatasetInfo[] }>('v1/datasets');
  const label = datasetLabeller(datasets.data?.datasets);
  return (
    <section>
      <div className="page-head">
        <h1>
          Run <code title={id}>{id.slice(0, 8)}</code>
        </h1>
        {state.data !== undefined && <StatusBadge status={state.data.status} testId="run-status" />}
      </div>
      <ApiView state={state} action={`read run ${id}`}>
        {(run) => (
          <>
            <div className="panel" data-testid="run-detail" data-run-id={run.id}>
              <dl className="facts">
                <div>
                  <dt>kind</dt>
                  <dd data-testid="run-kind">{run.kind}</dd>
                </div>
                <div>
                  <dt>model</dt>
                  <dd>
                    {run.modelName === null ? (
                      '–'
                    ) : (
                      <a href={routeHref(['models', run.modelName])}>{run.modelName}</a>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>started</dt>
                  <dd>
                    <TimeText iso={run.startedAt} />
                  </dd>
                </div>
                <div>
                  <dt>finished</dt>
                  <dd>
                    <TimeText iso={run.finishedAt} />
                  </dd>
                </div>
                <div>
                  <dt>duration</dt>
                  <dd data-testid="run-duration" data-value={run.durationMs ?? ''}>
                    {formatDuration(run.durationMs)}
                  </dd>
                </div>
              </dl>
              {run.error !== null && (
                <p className="notice notice-error" data-testid="run-error">
                  {run.error}
                </p>
              )}
            </div>
            <div className="panel">
              <h2>Metrics</h2>
              <dl className="metrics">
                {Object.entries(run.metrics).map(([metric, value]) => (
                  <div key={metric}>
                    <dt>{metric}</dt>
                    <dd>
                      <Num value={value} testId={`metric-${metric}`} />
                    </dd>
                  </div>
                ))}
              </dl>
              {Object.keys(run.metrics).length === 0 && <p className="muted">none</p>}
            </div>
            <div className="panel">
              <h2>Datasets read</h2>
              <LineageLinks runId={null} datasetVersionIds={run.datasetVersionIds} label={label} />
            </div>
            <div className="panel">
              <h2>Parameters</h2>
              <pre data-testid="run-params">{JSON.stringify(run.params, null, 2)}</pre>
              <h2>Result</h2>
              <pre data-testid="run-result">{JSON.stringify(run.result, null, 2)}</pre>
            </div>
          </>
        )}
      </ApiView>
    </section>
  );
}
