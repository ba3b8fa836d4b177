import type { ModelListItem } from '../api/api-types';
import { useApi } from '../api/use-api';
import { ApiView } from '../components/api-view';
import { Num } from '../components/num';
import { StatusBadge } from '../components/status-badge';
import { TimeText } from '../components/time-text';
import { routeHref } from '../router/route-href';

/**
 * The landing page: one card per registered model with its production version, latest version,
 * aliases and the status of its latest monitoring run, linking to its detail, drift, performance,
 * runs and alerts.
 */
export function ModelsPage() {
  const state = useApi<{ models: ModelListItem[] }>('v1/models');
  return (
    <section>
      <div className="page-head">
        <h1>Models</h1>
        <button type="button" className="secondary" onClick={state.reload} data-testid="reload">
          Refresh
        </button>
      </div>
      <ApiView state={state} action="list the models">
        {({ models }) =>
          models.length === 0 ? (
            <p className="empty" data-testid="models-empty">
              No model is registered yet. Train one with{' '}
              <code>sextant train --data FILE --target COL --name MODEL</code>.
            </p>
          ) : (
            <div className="cards" data-testid="models-list">
              {models.map((model) => (
                <ModelCard key={model.name} model={model} />
              ))}
            </div>
          )
        }
      </ApiView>
    </section>
  );
}

function ModelCard({ model }: { readonly model: ModelListItem }) {
  return (
    <article className="card" data-testid={`model-row-${model.name}`} data-model={model.name}>
      <div className="card-head">
        <h2>
          <a href={routeHref(['models', model.name])} data-testid="model-link">
            {model.name}
          </a>
        </h2>
        <StatusBadge status={model.latestReport?.status} />
      </div>
      {model.description !== '' && <p className="muted">{model.description}</p>}
      <dl className="facts">
        <div>
          <dt>production</dt>
          <dd>
            {model.productionVersion === null ? (
              <span data-testid="production-version" data-value="">
                none
              </span>
            ) : (
              <>
                v<Num value={model.productionVersion} testId="production-version" />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>latest version</dt>
          <dd>
            {model.latestVersion === null ? '–' : 'v'}
            {model.latestVersion !== null && <Num value={model.latestVersion} testId="latest-version" />}
          </dd>
        </div>
        <div>
          <dt>last monitored</dt>
          <dd>
            <TimeText iso={model.latestReport?.createdAt} testId="latest-report-at" />
          </dd>
        </div>
      </dl>
      {model.aliases.length > 0 && (
        <ul className="chips" aria-label="aliases">
          {model.aliases.map((alias) => (
            <li
              key={alias.alias}
              className="chip"
              data-testid={`alias-${alias.alias}`}
              data-version={alias.version}
            >
              {alias.alias} → v{alias.version}
            </li>
          ))}
        </ul>
      )}
      <nav className="card-links">
        <a href={routeHref(['models', model.name])}>Details</a>
        <a href={routeHref(['drift', model.name])}>Drift</a>
        <a href={routeHref(['performance', model.name])}>Performance</a>
        <a href={routeHref(['runs'], { model: model.name })}>Runs</a>
        <a href={routeHref(['alerts'], { model: model.name })}>Alerts</a>
      </nav>
    </article>
  );
}
