import type { Clock } from '../core/clock.js';
import type { Alert, AlertSeverity } from '../core/entities/alert.js';
import type { MonitoringRepository } from '../core/ports/monitoring-repository.js';
import type { AlertChannel, OutgoingAlert } from './alert-channel.js';
import type { AlertCandidate } from './alert-rule.js';

/** What {@link dispatchAlerts} needs: the alert history, where alerts go, and the time. */
export interface DispatchDependencies {
  readonly monitoring: Pick<MonitoringRepository, 'recordAlert' | 'findLatestAlert'>;
  readonly channels: readonly AlertChannel[];
  readonly clock: Clock;
}

export interface DispatchOptions {
  /** An alert whose dedup key fired less than this long ago stays silent (default one hour). */
  readonly cooldownMs?: number;
}

/** What happened to one candidate: recorded (with each delivery's outcome), or kept silent and why. */
export type DispatchOutcome =
  | { readonly status: 'sent'; readonly alert: Alert }
  | {
      readonly status: 'suppressed';
      readonly candidate: AlertCandidate;
      readonly reason: 'duplicate' | 'cooldown';
      /** The alert that is still cooling down (cooldown only). */
      readonly previous?: Alert;
    };

const DEFAULT_COOLDOWN_MS = 60 * 60 * 1000;
const RANK: Record<AlertSeverity, number> = { info: 0, warning: 1, critical: 2 };
/** Delivery errors are stored in the history; a receiver's long error page is cut. */
const MAX_ERROR_LENGTH = 300;

/**
 * Delivers alert candidates: each dedup key at most once per call and once per cooldown (the newest
 * alert with the key, found through the repository, must be older than the cooldown), unless the new
 * alert is more severe than that one, or that one reached no channel although there were channels
 * (a failed delivery must not silence the retry). Every channel gets every alert at once; a channel
 * that fails or throws is recorded as a failed delivery and never stops the others or the caller.
 * Each sent alert is recorded with every delivery's outcome, so the history shows who was told.
 *
 * @example await dispatchAlerts(evaluateAlertRules(summary), { monitoring, channels, clock })
 */
export async function dispatchAlerts(
  candidates: readonly AlertCandidate[],
  dependencies: DispatchDependencies,
  options: DispatchOptions = {},
): Promise<DispatchOutcome[]> {
  const { monitoring, channels, clock } = dependencies;
  const cooldownMs = options.cooldownMs ?? DEFAULT_COOLDOWN_MS;
  const seen = new Set<string>();
  const outcomes: DispatchOutcome[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.dedupKey)) {
      outcomes.push({ status: 'suppressed', candidate, reason: 'duplicate' });
      continue;
    }
    seen.add(candidate.dedupKey);
    const now = clock.now();
    const previous = await monitoring.findLatestAlert(candidate.dedupKey);
    if (previous !== undefined && coolingDown(previous, candidate, now, cooldownMs)) {
      outcomes.push({ status: 'suppressed', candidate, reason: 'cooldown', previous });
      continue;
    }
    const outgoing: OutgoingAlert = { ...candidate, createdAt: now };
    const deliveries = await Promise.all(channels.map((channel) => deliver(channel, outgoing)));
    outcomes.push({ status: 'sent', alert: await monitoring.recordAlert({ ...outgoing, deliveries }) });
  }
  return outcomes;
}

function coolingDown(previous: Alert, candidate: AlertCandidate, now: Date, cooldownMs: number): boolean {
  if (now.getTime() - previous.createdAt.getTime() >= cooldownMs) return false;
  if (RANK[candidate.severity] > RANK[previous.severity]) return false;
  return previous.deliveries.length === 0 || previous.deliveries.some((delivery) => delivery.ok);
}

async function deliver(channel: AlertChannel, alert: OutgoingAlert): Promise<Alert['deliveries'][number]> {
  try {
    // Called inside the try so that a channel throwing before it returns a promise is caught too.
    await channel.send(alert);
    return { channel: channel.name, ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const cut = message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message;
    return { channel: channel.name, ok: false, error: cut };
  }
}
