import { tokenStore } from '../auth/token-store';
import { ApiError } from './api-error';

/**
 * Calls the Sextant API with the stored token as `Authorization: Bearer` and returns the parsed JSON
 * body, or throws an ApiError carrying the server's error code and message. Paths are relative
 * (`v1/models`), resolved against the page, so the dashboard works wherever the server is mounted.
 *
 * @example const { models } = await apiRequest<{ models: ModelListItem[] }>('v1/models');
 */
export async function apiRequest<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = tokenStore.get();
  if (token !== '') headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (init.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.body);
  }
  let response: Response;
  try {
    response = await fetch(path, { method: init.method ?? 'GET', headers, body, signal: init.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'The Sextant server could not be reached.');
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const error = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    const code = typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`;
    const message =
      typeof error?.message === 'string' ? error.message : `${response.status} ${response.statusText}`.trim();
    throw new ApiError(response.status, code, message);
  }
  if (json === undefined) throw new ApiError(response.status, 'BAD_RESPONSE', `Expected JSON from ${path}.`);
  return json as T;
}
