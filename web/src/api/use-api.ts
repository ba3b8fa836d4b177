import { useCallback, useEffect, useState } from 'react';
import { useToken } from '../auth/use-token';
import { apiRequest } from './api-request';

/** Where a GET stands: loading, its data, or its error. `reload` fetches again. */
export interface ApiState<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly reload: () => void;
}

interface Settled<T> {
  readonly path: string;
  readonly data: T | undefined;
  readonly error: unknown;
}

/**
 * GETs an API path when a page mounts, again when the path or the token changes or on `reload()`.
 * A response for a path the page has already left is dropped (its request aborted), and data of
 * another path is never shown for this one. While reloading the same path the old data stays, so
 * the page does not flicker. `path` undefined waits (a page that first needs another answer).
 *
 * @example const models = useApi<{ models: ModelListItem[] }>('v1/models');
 */
export function useApi<T>(path: string | undefined): ApiState<T> {
  const token = useToken();
  const [tick, setTick] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | undefined>(undefined);
  const [pending, setPending] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: token and tick only trigger a refetch; the token is read from tokenStore
  useEffect(() => {
    if (path === undefined) return;
    const controller = new AbortController();
    setPending((n) => n + 1);
    apiRequest<T>(path, { signal: controller.signal })
      .then(
        (data) => {
          if (!controller.signal.aborted) setSettled({ path, data, error: undefined });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setSettled({ path, data: undefined, error });
        },
      )
      .finally(() => setPending((n) => n - 1));
    return () => controller.abort();
  }, [path, token, tick]);

  const current = settled !== undefined && settled.path === path ? settled : undefined;
  return {
    data: current?.data,
    error: current?.error,
    loading: path !== undefined && (current === undefined || pending > 0),
    reload,
  };
}
