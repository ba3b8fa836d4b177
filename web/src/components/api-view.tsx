import type { ReactNode } from 'react';
import type { ApiState } from '../api/use-api';
import { ErrorNotice } from './error-notice';

/**
 * Renders a GET's state: a loading line until the first answer, an ErrorNotice on failure, else
 * `children(data)`. Keeps every page's three states looking the same.
 */
export function ApiView<T>({
  state,
  action,
  children,
}: {
  readonly state: Pick<ApiState<T>, 'data' | 'error' | 'loading'>;
  readonly action?: string;
  readonly children: (data: T) => ReactNode;
}) {
  if (state.error !== undefined) return <ErrorNotice error={state.error} action={action} />;
  if (state.data === undefined) {
    return (
      <p className="muted" data-testid="loading">
        Loading…
      </p>
    );
  }
  return <>{children(state.data)}</>;
}
