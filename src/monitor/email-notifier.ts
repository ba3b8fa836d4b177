import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { SextantError } from '../core/sextant-error.js';
import type { AlertChannel, OutgoingAlert } from './alert-channel.js';

/** Options of {@link EmailNotifier}. */
export interface EmailNotifierOptions {
  readonly from: string;
  readonly to: string | readonly string[];
  /** The SMTP server. */
  readonly host: string;
  /** Default 465 with `secure`, 587 otherwise. */
  readonly port?: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  readonly secure?: boolean;
  /** Refuse to send unless the connection is encrypted (STARTTLS required). */
  readonly requireTls?: boolean;
  readonly user?: string;
  readonly password?: string;
  /** Connection, greeting and socket timeout in ms (default 10000). */
  readonly timeoutMs?: number;
  /** The channel's name in the alert history (default `email <to>`). */
  readonly name?: string;
}

/** One address, no display-name games: a CR or LF would let a value add headers. */
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;

/**
 * Delivers alerts by e-mail through an SMTP server (nodemailer's SMTP transport), as the seeds' "alert
 * sent (email/Slack)": the subject carries severity and message, the plain-text body the message, the
 * alert's fields and its numbers. Options are checked when the notifier is built (INVALID_ARGUMENT).
 *
 * @example new EmailNotifier({ from: 'sextant@example.com', to: 'ml-ops@example.com', host: 'smtp.example.com' })
 */
export class EmailNotifier implements AlertChannel {
  readonly name: string;
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;
  private readonly from: string;
  private readonly to: readonly string[];

  constructor(options: EmailNotifierOptions) {
    const to = typeof options.to === 'string' ? [options.to] : [...options.to];
    for (const address of [options.from, ...to]) {
      if (!ADDRESS.test(address)) {
        throw new SextantError('INVALID_ARGUMENT', `not an e-mail address: ${JSON.stringify(address)}`, {
          address,
        });
      }
    }
    if (to.length === 0)
      throw new SextantError('INVALID_ARGUMENT', 'e-mail alerts need at least one recipient');
    if (options.host.trim() === '' || /\s/.test(options.host)) {
      throw new SextantError('INVALID_ARGUMENT', `not an SMTP host: ${JSON.stringify(options.host)}`);
    }
    const port = options.port ?? (options.secure ? 465 : 587);
    if (!Number.isInteger(port) || port < 1 || port > 65_535) {
      throw new SextantError('INVALID_ARGUMENT', `SMTP port must be 1..65535, got ${port}`);
    }
    const timeout = options.timeoutMs ?? 10_000;
    this.from = options.from;
    this.to = to;
    this.name = options.name ?? `email ${to.join(',')}`;
    this.transport = nodemailer.createTransport({
      host: options.host,
      port,
      secure: options.secure ?? false,
      requireTLS: options.requireTls ?? false,
      ...(options.user === undefined ? {} : { auth: { user: options.user, pass: options.password ?? '' } }),
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  async send(alert: OutgoingAlert): Promise<void> {
    const subject = `[sextant] ${alert.severity.toUpperCase()} ${alert.message}`.replace(/[\r\n]+/g, ' ');
    await this.transport.sendMail({
      from: this.from,
      to: [...this.to],
      subject: subject.length > 200 ? `${subject.slice(0, 199)}…` : subject,
      text: [
        alert.message,
        '',
        `rule: ${alert.rule}`,
        `severity: ${alert.severity}`,
        `model: ${alert.modelName ?? '-'}`,
        `dedup key: ${alert.dedupKey}`,
        `at: ${alert.createdAt.toISOString()}`,
        '',
        JSON.stringify(alert.payload, null, 2),
        '',
      ].join('\n'),
    });
  }

  /** Releases the transport (no-op for one-connection-per-message SMTP, kept for pooled transports). */
  close(): void {
    this.transport.close();
  }
}
