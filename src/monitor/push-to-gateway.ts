import { SextantError } from '../core/sextant-error.js';

/** Options of {@link pushToGateway}. */
export interface PushToGatewayOptions {
  /** The Pushgateway's base URL, e.g. `http://localhost:9091` (a path prefix and user:password are kept). */
  readonly url: string;
  /** The `job` grouping label, e.g. `sextant_monitor`. */
  readonly job: string;
  /** The `model` grouping label: each model's metrics replace only that model's previous push. */
  readonly model: string;
  /** Metrics in the Prometheus text exposition format. */
  readonly body: string;
  /** Give up after this many milliseconds (default 5000). */
  readonly timeoutMs?: number;
}

/** How a push went; `url` is the target without credentials, fit for logs. */
export type PushResult =
  | { readonly ok: true; readonly url: string; readonly status: number }
  | { readonly ok: false; readonly url: string; readonly status: number | null; readonly error: string };

/**
 * Pushes metrics to a Prometheus Pushgateway, as the seeds' drift DAG pushes `clv_drift_score`:
 * `PUT {url}/metrics/job/{job}/model/{model}`, so a push replaces every metric of that job and model
 * group and nothing else. Label values holding a `/` (or empty) use the Pushgateway's base64 form.
 * A bad URL is INVALID_ARGUMENT; a failed push (network, timeout, redirect, non-2xx answer) is a
 * result with `ok: false`, because a monitoring run should record it and go on, not stop.
 *
 * @example await pushToGateway({ url: 'http://localhost:9091', job: 'sextant', model: 'tickets', body })
 */
export async function pushToGateway(options: PushToGatewayOptions): Promise<PushResult> {
  const base = parseGatewayUrl(options.url);
  const headers: Record<string, string> = { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' };
  if (base.username !== '' || base.password !== '') {
    const credentials = `${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`;
    headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
    base.username = '';
    base.password = '';
  }
  const prefix = base.pathname.replace(/\/+$/, '');
  base.pathname = `${prefix}/metrics/${groupingPath('job', options.job)}/${groupingPath('model', options.model)}`;
  const url = base.toString();
  const timeoutMs = options.timeoutMs ?? 5000;
  const body = options.body.endsWith('\n') ? options.body : `${options.body}\n`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'PUT',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
    const why = timedOut ? `no answer within ${timeoutMs} ms` : (cause?.code ?? (error as Error).message);
    return { ok: false, url, status: null, error: `cannot push to ${base.host}: ${why}` };
  }
  // The Pushgateway explains a refused push in the body (a malformed line, a clashing metric type).
  const answer = (await response.text().catch(() => '')).trim().slice(0, 300);
  if (response.status >= 200 && response.status < 300) return { ok: true, url, status: response.status };
  const redirect = response.status >= 300 && response.status < 400 ? ' (a redirect, not followed)' : '';
  const detail = answer === '' || redirect !== '' ? '' : `: ${answer}`;
  return {
    ok: false,
    url,
    status: response.status,
    error: `${base.host} answered HTTP ${response.status}${redirect}${detail}`,
  };
}

function parseGatewayUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // The text is not echoed: it may hold a password.
    throw new SextantError('INVALID_ARGUMENT', 'Pushgateway URL is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `Pushgateway URL must be http or https, not ${url.protocol.slice(0, -1)}`,
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new SextantError('INVALID_ARGUMENT', 'Pushgateway URL must not have a query or fragment');
  }
  return url;
}

/** One `name/value` step of the grouping key; base64url when the value cannot be a path segment. */
function groupingPath(name: string, value: string): string {
  if (value === '' || value.includes('/'))
    return `${name}@base64/${Buffer.from(value).toString('base64url') || '='}`;
  return `${name}/${encodeURIComponent(value)}`;
}
