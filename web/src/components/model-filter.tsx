import type { ModelListItem } from '../api/api-types';
import { useApi } from '../api/use-api';
import { routeHref } from '../router/route-href';

/**
 * A "model: all / NAME" select that moves to `#/<page>?model=NAME`. Falls back to the current
 * value alone when the model list cannot be read (the page itself shows why).
 */
export function ModelFilter({
  page,
  model,
}: {
  readonly page: 'runs' | 'alerts';
  readonly model: string | null;
}) {
  const state = useApi<{ models: ModelListItem[] }>('v1/models');
  const names = state.data?.models.map((m) => m.name) ?? [];
  if (model !== null && !names.includes(model)) names.unshift(model);
  return (
    <label className="inline-field">
      model{' '}
      <select
        value={model ?? ''}
        onChange={(event) => {
          window.location.hash = routeHref([page], { model: event.target.value });
        }}
        data-testid="model-filter"
      >
        <option value="">all</option>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}
