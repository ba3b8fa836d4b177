import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSextantError } from '../core/sextant-error.js';
import { type HttpReceiver, startHttpReceiver } from '../test-support/start-http-receiver.js';
import type { OutgoingAlert } from './alert-channel.js';
import { WebhookNotifier } from './webhook-notifier.js';

const alert: OutgoingAlert = {
  rule: 'drift',
  modelName: 'tickets',
  severity: 'warning',
  message: 'tickets v3: data drift FAIL, 3 of 5 compared columns drifted (60.0%)',
  dedupKey: 'tickets:drift',
  payload: { version: 3, driftedShare: 0.6 },
  createdAt: new Date('2026-01-16T06:00:00Z'),
};

let receiver: HttpReceiver;
let target: HttpReceiver;
beforeAll(async () => {
  target = await startHttpReceiver();
  receiver = await startHttpReceiver((request) => {
    if (request.url === '/redirect') return { status: 302, headers: { location: `${target.url}/stolen` } };
    if (request.url === '/broken') return { status: 500, body: 'boom' };
    if (request.url === '/slow') return 'hang';
    return { status: 200, body: 'ok' };
  });
});
afterAll(async () => {
  await receiver.close();
  await target.close();
});

describe('WebhookNotifier', () => {
  it('posts a Slack-compatible JSON body with the structured alert beside the text', async () => {
    const notifier = new WebhookNotifier({
      url: `${receiver.url}/services/T0/B0/secret`,
      headers: { authorization: 'Bearer abc' },
    });
    expect(notifier.name).toBe(`webhook ${new URL(receiver.url).host}`);
    await notifier.send(alert);
    const request = receiver.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/services/T0/B0/secret');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.authorization).toBe('Bearer abc');
    expect(JSON.parse(request.body)).toEqual({
      text: '[WARNING] tickets v3: data drift FAIL, 3 of 5 compared columns drifted (60.0%)',
      source: 'sextant',
      rule: 'drift',
      severity: 'warning',
      model: 'tickets',
      message: alert.message,
      dedupKey: 'tickets:drift',
      payload: { version: 3, driftedShare: 0.6 },
      createdAt: '2026-01-16T06:00:00.000Z',
    });
  });

  it('does not follow a redirect and fails the delivery instead', async () => {
    const notifier = new WebhookNotifier({ url: `${receiver.url}/redirect` });
    await expect(notifier.send(alert)).rejects.toThrow(
      /answered a redirect \(HTTP 302\), which is not followed/,
    );
    expect(target.requests).toEqual([]);
  });

  it('fails on an error status, an unreachable host and a receiver that never answers', async () => {
    await expect(new WebhookNotifier({ url: `${receiver.url}/broken` }).send(alert)).rejects.toThrow(
      /answered HTTP 500$/,
    );
    const closed = await startHttpReceiver();
    await closed.close();
    await expect(new WebhookNotifier({ url: closed.url }).send(alert)).rejects.toThrow(
      /cannot reach .*ECONNREFUSED/,
    );
    await expect(
      new WebhookNotifier({ url: `${receiver.url}/slow`, timeoutMs: 200 }).send(alert),
    ).rejects.toThrow(/did not answer within 200 ms/);
  });

  it('accepts only http and https URLs without credentials, checked when built', () => {
    const refuse = (url: string, message: RegExp) => {
      try {
        new WebhookNotifier({ url });
      } catch (error) {
        expect(isSextantError(error, 'INVALID_ARGUMENT')).toBe(true);
        expect((error as Error).message).toMatch(message);
        return;
      }
      throw new Error(`accepted ${url}`);
    };
    refuse('file:///etc/passwd', /must be http or https, not file/);
    refuse('ftp://example.com/hook', /must be http or https, not ftp/);
    refuse('not a url', /not a valid URL/);
    refuse('https://user:pw@example.com/hook', /must not hold credentials/);
    expect(() => new WebhookNotifier({ url: 'https://example.com', timeoutMs: 0 })).toThrow(
      /timeout must be a positive number/,
    );
    expect(new WebhookNotifier({ url: 'https://example.com/hook', name: 'ops' }).name).toBe('ops');
  });
});
