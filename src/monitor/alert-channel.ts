import type { NewAlert } from '../core/entities/alert.js';

/** An alert as it goes out: everything the history will hold except the deliveries it produces. */
export type OutgoingAlert = Omit<NewAlert, 'deliveries'>;

/**
 * Somewhere alerts go (a webhook, an e-mail address). `send` resolves once the other end accepted
 * the alert and rejects with an Error saying why not; dispatchAlerts records either outcome per channel.
 * `name` identifies the channel in the alert history, so it must not carry secrets (a webhook's path).
 */
export interface AlertChannel {
  readonly name: string;
  send(alert: OutgoingAlert): Promise<void>;
}
