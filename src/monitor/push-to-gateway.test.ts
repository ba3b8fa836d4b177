import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSextantError } from '../core/sextant-error.js';
import {
  type HttpReceiver,
  type ReceivedRequest,
  startHttpReceiver,
} from '../test-support/start-http-receiver.js';
import { pushToGateway } from './push-to-gateway.js';

const body = [
  '# TYPE sextant_drift_share gauge',
  'sextant_drift_share 0.6',
  '# TYPE sextant_drifted_columns gauge',
  'sextant_drifted_columns 3',
].join('\n');

/** Answers like a Pushgateway: 200 for a well-formed PUT under /metrics/job/, 400 with a reason otherwise. */
function gateway(request: ReceivedRequest) {
  if (request.url.includes('/moved/')) return { status: 307, headers: { location: '/elsewhere' } };
  if (request.method !== 'PUT' || !request.url.includes('/metrics/job'))
    return { status: 404, body: 'not found' };
  if (!request.body.endsWith('\n'))
    return { status: 400, body: 'text format parsing error: unexpected end of input' };
  return { status: 200 };
}

let receiver: HttpReceiver;
beforeAll(async () => {
  receiver = await startHttpReceiver(gateway);
});
afterAll(() => receiver.close());

describe('pushToGateway', () => {
  it('PUTs the text format under the job and model grouping key, ending the body with a newline', async () => {
    const result = await pushToGateway({ url: receiver.url, job: 'sextant_monitor', model: 'tickets', body });
    expect(result).toEqual({
      ok: true,
      url: `${receiver.url}/metrics/job/sextant_monitor/model/tickets`,
      status: 200,
    });
    const request = receiver.requests.at(-1)!;
    expect(request.method).toBe('PUT');
    expect(request.url).toBe('/metrics/job/sextant_monitor/model/tickets');
    expect(request.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(request.body).toBe(`${body}\n`);
  });

  it('keeps a path prefix, encodes awkward label values and sends URL credentials as basic auth', async () => {
    const url = receiver.url.replace('http://', 'http://ops:s%3Acret@');
    const result = await pushToGateway({
      url: `${url}/gateway/`,
      job: 'sextant',
      model: 'team/churn v2',
      body,
    });
    expect(result.ok).toBe(true);
    expect(result.url).not.toContain('ops');
    const request = receiver.requests.at(-1)!;
    const encoded = Buffer.from('team/churn v2').toString('base64url');
    expect(request.url).toBe(`/gateway/metrics/job/sextant/model@base64/${encoded}`);
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from('ops:s:cret').toString('base64')}`);
    await pushToGateway({ url: receiver.url, job: 'sextant', model: 'a b', body });
    expect(receiver.requests.at(-1)!.url).toBe('/metrics/job/sextant/model/a%20b');
  });

  it('reports a redirect and an unreachable gateway as results, not exceptions', async () => {
    const moved = await pushToGateway({ url: `${receiver.url}/moved`, job: 'j', model: 'm', body });
    expect(moved).toMatchObject({
      ok: false,
      status: 307,
      error: expect.stringMatching(/HTTP 307 \(a redirect, not followed\)$/),
    });
    expect(receiver.requests.some((r) => r.url === '/elsewhere')).toBe(false);
    const closed = await startHttpReceiver();
    await closed.close();
    const down = await pushToGateway({ url: closed.url, job: 'j', model: 'm', body });
    expect(down).toMatchObject({ ok: false, status: null, error: expect.stringMatching(/ECONNREFUSED$/) });
  });

  it('passes on the reason a gateway gives for refusing a push', async () => {
    const strict = await startHttpReceiver(() => ({
      status: 400,
      body: 'text format parsing error in line 2\n',
    }));
    try {
      const result = await pushToGateway({ url: strict.url, job: 'j', model: 'm', body: 'bad metric' });
      expect(result).toMatchObject({
        ok: false,
        status: 400,
        error: `${new URL(strict.url).host} answered HTTP 400: text format parsing error in line 2`,
      });
    } finally {
      await strict.close();
    }
  });

  it('refuses a URL that is not http or https before sending anything', async () => {
    for (const url of ['ftp://gateway:21', 'gateway:9091', 'http://gateway:9091/?x=1']) {
      const error = await pushToGateway({ url, job: 'j', model: 'm', body }).catch((e: unknown) => e);
      expect(isSextantError(error, 'INVALID_ARGUMENT')).toBe(true);
    }
  });
});
