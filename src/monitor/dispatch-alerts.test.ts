import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../core/clock.js';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { createSqliteStore } from '../store/index.js';
import { type HttpReceiver, startHttpReceiver } from '../test-support/start-http-receiver.js';
import { tempFolder } from '../test-support/temp-files.js';
import type { AlertChannel } from './alert-channel.js';
import type { AlertCandidate } from './alert-rule.js';
import { dispatchAlerts } from './dispatch-alerts.js';
import { WebhookNotifier } from './webhook-notifier.js';

const { dir } = tempFolder('sextant-dispatch-');
let store: MetadataStore;
let receiver: HttpReceiver;
let failing: HttpReceiver;
beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
  receiver = await startHttpReceiver();
  failing = await startHttpReceiver(() => ({ status: 503, body: 'down' }));
});
afterAll(async () => {
  await store.close();
  await receiver.close();
  await failing.close();
});

/** A clock the test moves by hand. */
function manualClock(start: string): Clock & { advance(ms: number): void } {
  let now = Date.parse(start);
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

const candidate = (
  model: string,
  rule: AlertCandidate['rule'],
  severity: AlertCandidate['severity'] = 'warning',
) => ({
  rule,
  modelName: model,
  severity,
  message: `${model}: ${rule} crossed its limit`,
  dedupKey: `${model}:${rule}`,
  payload: { version: 1 },
});

const MINUTE = 60_000;

describe('dispatchAlerts', () => {
  it('delivers to every channel, records each outcome, and never throws for a failing channel', async () => {
    const clock = manualClock('2026-01-16T06:00:00Z');
    const throwing: AlertChannel = {
      name: 'broken',
      send: () => {
        throw new TypeError('not configured');
      },
    };
    const channels = [
      new WebhookNotifier({ url: `${receiver.url}/hook`, name: 'slack' }),
      new WebhookNotifier({ url: `${failing.url}/hook`, name: 'pager' }),
      throwing,
    ];
    const outcomes = await dispatchAlerts([candidate('a', 'drift')], {
      monitoring: store.monitoring,
      channels,
      clock,
    });
    expect(outcomes).toHaveLength(1);
    const sent = outcomes[0]!;
    if (sent.status !== 'sent') throw new Error('expected the alert to be sent');
    expect(sent.alert.deliveries).toEqual([
      { channel: 'slack', ok: true },
      { channel: 'pager', ok: false, error: `${new URL(failing.url).host} answered HTTP 503` },
      { channel: 'broken', ok: false, error: 'not configured' },
    ]);
    expect(sent.alert.createdAt).toEqual(clock.now());
    expect(await store.monitoring.findLatestAlert('a:drift')).toEqual(sent.alert);
    expect(JSON.parse(receiver.requests.at(-1)!.body)).toMatchObject({ dedupKey: 'a:drift', model: 'a' });
  });

  it('keeps one alert per key per call, and silences a key during its cooldown', async () => {
    const clock = manualClock('2026-01-16T08:00:00Z');
    const channels = [new WebhookNotifier({ url: `${receiver.url}/hook` })];
    const deps = { monitoring: store.monitoring, channels, clock };
    const first = await dispatchAlerts(
      [candidate('b', 'drift'), candidate('b', 'drift'), candidate('b', 'latency')],
      deps,
    );
    expect(first.map((o) => o.status)).toEqual(['sent', 'suppressed', 'sent']);
    expect(first[1]).toMatchObject({ status: 'suppressed', reason: 'duplicate' });

    clock.advance(30 * MINUTE);
    const during = await dispatchAlerts([candidate('b', 'drift')], deps, { cooldownMs: 60 * MINUTE });
    const firstAlert = first[0]!.status === 'sent' ? first[0]!.alert : undefined;
    expect(firstAlert).toBeDefined();
    expect(during).toEqual([
      { status: 'suppressed', reason: 'cooldown', candidate: candidate('b', 'drift'), previous: firstAlert },
    ]);
    clock.advance(30 * MINUTE);
    const after = await dispatchAlerts([candidate('b', 'drift')], deps, { cooldownMs: 60 * MINUTE });
    expect(after[0]!.status).toBe('sent');
    const history = await store.monitoring.listAlerts({ modelName: 'b' });
    expect(history.map((a) => [a.dedupKey, a.createdAt.toISOString()])).toEqual([
      ['b:drift', '2026-01-16T09:00:00.000Z'],
      ['b:latency', '2026-01-16T08:00:00.000Z'],
      ['b:drift', '2026-01-16T08:00:00.000Z'],
    ]);
  });

  it('lets a more severe alert and a retry after failed deliveries through the cooldown', async () => {
    const clock = manualClock('2026-01-16T10:00:00Z');
    const down = {
      monitoring: store.monitoring,
      channels: [new WebhookNotifier({ url: failing.url })],
      clock,
    };
    const up = { ...down, channels: [new WebhookNotifier({ url: receiver.url })] };
    expect((await dispatchAlerts([candidate('c', 'error_rate')], down))[0]!.status).toBe('sent');
    clock.advance(MINUTE);
    // Nobody was told the first time, so the cooldown does not hold.
    expect((await dispatchAlerts([candidate('c', 'error_rate')], up))[0]!.status).toBe('sent');
    clock.advance(MINUTE);
    expect((await dispatchAlerts([candidate('c', 'error_rate')], up))[0]!.status).toBe('suppressed');
    expect((await dispatchAlerts([candidate('c', 'error_rate', 'critical')], up))[0]!.status).toBe('sent');
    expect((await dispatchAlerts([candidate('c', 'error_rate', 'critical')], up))[0]!.status).toBe(
      'suppressed',
    );
  });

  it('records alerts with no channel at all, for the history and the dashboard', async () => {
    const clock = manualClock('2026-01-16T12:00:00Z');
    const outcomes = await dispatchAlerts([candidate('d', 'performance')], {
      monitoring: store.monitoring,
      channels: [],
      clock,
    });
    expect(outcomes[0]).toMatchObject({
      status: 'sent',
      alert: { dedupKey: 'd:performance', deliveries: [] },
    });
    clock.advance(MINUTE);
    const again = await dispatchAlerts([candidate('d', 'performance')], {
      monitoring: store.monitoring,
      channels: [],
      clock,
    });
    expect(again[0]!.status).toBe('suppressed');
  });
});
