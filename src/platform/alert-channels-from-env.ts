import { SextantError } from '../core/sextant-error.js';
import type { AlertChannel } from '../monitor/alert-channel.js';
import { EmailNotifier } from '../monitor/email-notifier.js';
import { WebhookNotifier } from '../monitor/webhook-notifier.js';

/**
 * The alert channels a deployment configured through its environment (a Kubernetes Secret, a shell):
 * `SEXTANT_ALERT_WEBHOOK` (a Slack-compatible JSON webhook URL), and for e-mail `SEXTANT_SMTP_HOST`,
 * `SEXTANT_SMTP_PORT`, `SEXTANT_SMTP_USER`, `SEXTANT_SMTP_PASSWORD`, `SEXTANT_ALERT_EMAIL_FROM`,
 * `SEXTANT_ALERT_EMAIL_TO` (comma-separated). `extraWebhooks` come from command-line flags.
 */
export function alertChannelsFromEnv(
  env: NodeJS.ProcessEnv,
  extraWebhooks: readonly string[] = [],
): AlertChannel[] {
  const channels: AlertChannel[] = [];
  const webhooks = [...(env.SEXTANT_ALERT_WEBHOOK ? [env.SEXTANT_ALERT_WEBHOOK] : []), ...extraWebhooks];
  for (const url of webhooks) channels.push(new WebhookNotifier({ url }));
  if (env.SEXTANT_SMTP_HOST) {
    const to = (env.SEXTANT_ALERT_EMAIL_TO ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (to.length === 0 || !env.SEXTANT_ALERT_EMAIL_FROM)
      throw new SextantError(
        'CONFIG_INVALID',
        'SEXTANT_SMTP_HOST is set: set SEXTANT_ALERT_EMAIL_FROM and SEXTANT_ALERT_EMAIL_TO too',
      );
    const port = env.SEXTANT_SMTP_PORT ? Number(env.SEXTANT_SMTP_PORT) : undefined;
    if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535))
      throw new SextantError(
        'CONFIG_INVALID',
        `SEXTANT_SMTP_PORT must be a port number, got ${JSON.stringify(env.SEXTANT_SMTP_PORT)}`,
      );
    channels.push(
      new EmailNotifier({
        host: env.SEXTANT_SMTP_HOST,
        from: env.SEXTANT_ALERT_EMAIL_FROM,
        to,
        ...(port === undefined ? {} : { port }),
        ...(env.SEXTANT_SMTP_USER ? { user: env.SEXTANT_SMTP_USER } : {}),
        ...(env.SEXTANT_SMTP_PASSWORD ? { password: env.SEXTANT_SMTP_PASSWORD } : {}),
      }),
    );
  }
  return channels;
}
