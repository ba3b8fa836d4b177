import { apiPath } from '../api/api-path';
import type { MonitoringReport } from '../api/api-types';
import { useApi } from '../api/use-api';
import { ApiView } from '../components/api-view';
import { ModelPicker } from '../components/model-picker';
import { routeHref } from '../router/route-href';
import { PerformanceView } from './performance-view';

/**
 * How a model does in production: the live metric (from logged predictions joined with feedback)
 * and the share of predictions with a label, per version over time, from its monitoring reports.
 */
export function PerformancePage({ name }: { readonly name: string | null }) {
  if (name === null) return <ModelPicker page="performance" title="Performance" />;
  return <PerformanceForModel name={name} />;
}

function PerformanceForModel({ name }: { readonly name: string }) {
  const state = useApi<{ reports: MonitoringReport[] }>(
    apiPath(['v1', 'models', name, 'reports'], { limit: 100 }),
  );
  return (
    <section>
      <div className="page-head">
        <h1>
          Performance: <a href={routeHref(['models', name])}>{name}</a>
        </h1>
        <button type="button" className="secondary" onClick={state.reload} data-testid="reload">
          Refresh
        </button>
      </div>
      <ApiView state={state} action={`read the monitoring reports of ${name}`}>
        {({ reports }) => <PerformanceView reports={reports} />}
      </ApiView>
    </section>
  );
}
