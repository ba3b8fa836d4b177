import { apiPath } from '../api/api-path';
import type { MonitoringReport } from '../api/api-types';
import { useApi } from '../api/use-api';
import { ApiView } from '../components/api-view';
import { ModelPicker } from '../components/model-picker';
import { routeHref } from '../router/route-href';
import { DriftView } from './drift-view';

/**
 * Drift of one model's inputs: the chosen (default latest) monitoring report's drift, column by
 * column with histograms, and the drift score over time across the last 100 reports.
 */
export function DriftPage({
  name,
  reportId,
}: {
  readonly name: string | null;
  readonly reportId: number | null;
}) {
  if (name === null) return <ModelPicker page="drift" title="Drift" />;
  return <DriftForModel name={name} reportId={reportId} />;
}

function DriftForModel({ name, reportId }: { readonly name: string; readonly reportId: number | null }) {
  const state = useApi<{ reports: MonitoringReport[] }>(
    apiPath(['v1', 'models', name, 'reports'], { limit: 100 }),
  );
  return (
    <section>
      <div className="page-head">
        <h1>
          Drift: <a href={routeHref(['models', name])}>{name}</a>
        </h1>
        <button type="button" className="secondary" onClick={state.reload} data-testid="reload">
          Refresh
        </button>
      </div>
      <ApiView state={state} action={`read the monitoring reports of ${name}`}>
        {({ reports }) => <DriftView name={name} reports={reports} reportId={reportId} />}
      </ApiView>
    </section>
  );
}
