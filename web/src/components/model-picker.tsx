import type { ModelListItem } from '../api/api-types';
import { useApi } from '../api/use-api';
import { routeHref } from '../router/route-href';
import { ApiView } from './api-view';
import { StatusBadge } from './status-badge';

/**
 * "Which model?" for the drift and performance pages when none is in the URL: one link per model
 * to `#/<page>/<model>`.
 */
export function ModelPicker({
  page,
  title,
}: {
  readonly page: 'drift' | 'performance';
  readonly title: string;
}) {
  const state = useApi<{ models: ModelListItem[] }>('v1/models');
  return (
    <section>
      <h1>{title}</h1>
      <ApiView state={state} action="list the models">
        {({ models }) =>
          models.length === 0 ? (
            <p className="empty">No model is registered yet.</p>
          ) : (
            <>
              <p>Pick a model:</p>
              <ul className="pick-list">
                {models.map((m) => (
                  <li key={m.name}>
                    <a href={routeHref([page, m.name])} data-testid={`model-pick-${m.name}`}>
                      {m.name}
                    </a>{' '}
                    <StatusBadge status={m.latestReport?.status} />
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </ApiView>
    </section>
  );
}
