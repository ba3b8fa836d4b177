import { apiPath } from '../api/api-path';
import type { AlertInfo } from '../api/api-types';
import { useApi } from '../api/use-api';
import { ApiView } from '../components/api-view';
import { ModelFilter } from '../components/model-filter';
import { StatusBadge } from '../components/status-badge';
import { TimeText } from '../components/time-text';
import { routeHref } from '../router/route-href';

/** Fired alerts, newest first: severity, rule, model, message, where each was delivered, payload. */
export function AlertsPage({ model }: { readonly model: string | null }) {
  const state = useApi<{ alerts: AlertInfo[] }>(apiPath(['v1', 'alerts'], { model, limit: 100 }));
  return (
    <section>
      <div className="page-head">
        <h1>Alerts</h1>
        <ModelFilter page="alerts" model={model} />
        <button type="button" className="secondary" onClick={state.reload} data-testid="reload">
          Refresh
        </button>
      </div>
      <ApiView state={state} action="list the alerts">
        {({ alerts }) =>
          alerts.length === 0 ? (
            <p className="empty" data-testid="alerts-empty">
              No alert has fired{model === null ? '' : ` for ${model}`}.
            </p>
          ) : (
            <ul className="alert-list" data-testid="alerts-list">
              {alerts.map((alert) => (
                <li
                  key={alert.id}
                  className={`alert alert-${alert.severity}`}
                  data-testid="alert-row"
                  data-alert-id={alert.id}
                >
                  <div className="alert-head">
                    <StatusBadge status={alert.severity} testId="alert-severity" />
                    <strong data-testid="alert-rule">{alert.rule}</strong>
                    {alert.modelName !== null && (
                      <a href={routeHref(['models', alert.modelName])}>{alert.modelName}</a>
                    )}
                    <TimeText iso={alert.createdAt} testId="alert-time" />
                  </div>
                  <p data-testid="alert-message">{alert.message}</p>
                  <div className="chips">
                    {alert.deliveries.map((d, i) => (
                      <span
                        // biome-ignore lint/suspicious/noArrayIndexKey: deliveries are a fixed list per alert
                        key={i}
                        className={d.ok ? 'chip chip-ok' : 'chip chip-failed'}
                        title={d.error}
                        data-testid="alert-delivery"
                        data-ok={String(d.ok)}
                      >
                        {d.channel} {d.ok ? 'sent' : 'failed'}
                      </span>
                    ))}
                    {alert.deliveries.length === 0 && (
                      <span className="muted">not delivered to any channel</span>
                    )}
                  </div>
                  {Object.keys(alert.payload).length > 0 && (
                    <details>
                      <summary>details</summary>
                      <pre>{JSON.stringify(alert.payload, null, 2)}</pre>
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </ApiView>
    </section>
  );
}
