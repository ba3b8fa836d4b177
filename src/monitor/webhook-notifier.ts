import { SextantError } from '../core/sextant-error.js';
import type { AlertChannel, OutgoingAlert } from './alert-channel.js';

/** Options of {@link WebhookNotifier}. */
export interface WebhookNotifierOptions {
  /** An http or https URL; credentials go in `headers`, never in the URL. */
  readonly url: string;
  /** The channel's name in the alert history (default `webhook <host>`: the path may hold a secret). */
  readonly name?: string;
  /** Give up after this many milliseconds (default 5000). */
  readonly timeoutMs?: number;
  /** Extra request headers, e.g. `authorization`. */
  readonly headers?: Readonly<Record<string, string>>;
}

const DEFAULT_TIMEOUT_MS = 5000;

/**
 * Delivers alerts as one JSON POST each: a Slack-compatible body (`text`, which Slack, Mattermost and
 * Teams' incoming webhooks display) with the alert's structured fields beside it for any other
 * receiver. Only http and https URLs are accepted, checked when the notifier is built. Redirects are
 * not followed but fail the delivery: an alert must reach the configured host or nowhere, never one a
 * redirect points at. Any answer other than 2xx, a network error or the timeout fails the delivery.
 *
 * @example new WebhookNotifier({ url: 'https://hooks.slack.com/services/T0/B0/XYZ' })
 */
export class WebhookNotifier implements AlertChannel {
  readonly name: string;
  private readonly url: URL;
  private readonly timeoutMs: number;
  private readonly headers: Readonly<Record<string, string>>;

  constructor(options: WebhookNotifierOptions) {
    this.url = parseWebhookUrl(options.url);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `webhook timeout must be a positive number of ms, got ${timeoutMs}`,
      );
    }
    this.timeoutMs = timeoutMs;
    this.headers = options.headers ?? {};
    this.name = options.name ?? `webhook ${this.url.host}`;
  }

  async send(alert: OutgoingAlert): Promise<void> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { ...this.headers, 'content-type': 'application/json' },
        body: JSON.stringify(webhookBody(alert)),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new Error(describeFetchError(error, this.url.host, this.timeoutMs), { cause: error });
    }
    // The answer's body is not needed; reading it would only hold the connection open.
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 300 && response.status < 400) {
      throw new Error(
        `${this.url.host} answered a redirect (HTTP ${response.status}), which is not followed`,
      );
    }
    if (!response.ok) throw new Error(`${this.url.host} answered HTTP ${response.status}`);
  }
}

function parseWebhookUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SextantError('INVALID_ARGUMENT', 'webhook URL is not a valid URL', { reason: 'syntax' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `webhook URL must be http or https, not ${url.protocol.slice(0, -1)}`,
      {
        protocol: url.protocol,
      },
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new SextantError('INVALID_ARGUMENT', 'webhook URL must not hold credentials; pass them as headers');
  }
  return url;
}

function webhookBody(alert: OutgoingAlert): Record<string, unknown> {
  return {
    text: `[${alert.severity.toUpperCase()}] ${alert.message}`,
    source: 'sextant',
    rule: alert.rule,
    severity: alert.severity,
    model: alert.modelName,
    message: alert.message,
    dedupKey: alert.dedupKey,
    payload: alert.payload,
    createdAt: alert.createdAt.toISOString(),
  };
}

function describeFetchError(error: unknown, host: string, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError')
    return `${host} did not answer within ${timeoutMs} ms`;
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `cannot reach ${host}: ${why}`;
}
