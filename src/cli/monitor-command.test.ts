import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureCli } from '../test-support/capture-cli.js';
import { replayTickets } from '../test-support/replay-tickets.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import { type HttpReceiver, startHttpReceiver } from '../test-support/start-http-receiver.js';

let seed: ServingWorkspace;
let gateway: HttpReceiver;
const cli = (...argv: string[]) => captureCli(['--home', `${seed.dir}/home`, ...argv], {}, seed.dir);

beforeAll(async () => {
  seed = await seedServingWorkspace('sextant-monitor-cli-', 600);
  gateway = await startHttpReceiver();
});
afterAll(async () => {
  await gateway.close();
  await seed.dispose();
});

describe('sextant monitor', () => {
  it('exits 0 and says drift was not judged when nothing was served yet', async () => {
    const result = await cli('monitor', 'tickets');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/tickets version 1: OK/);
    expect(result.stdout).toMatch(/drift: not judged/);
  });

  it('exits 2 on FAIL (a model whose live labels disagree) and pushes its gauges to the Pushgateway', async () => {
    await replayTickets(seed.workspace, 1, { rows: 300, seed: 5, drift: 1, labelShare: 1, flipLabels: true });
    const result = await cli('monitor', 'tickets', '--pushgateway', gateway.url, '--json');
    expect(result.code, result.stderr).toBe(2);
    const body = JSON.parse(result.stdout);
    expect(body.report.status).toBe('FAIL');
    expect(body.push).toMatchObject({ ok: true });
    const pushed = gateway.requests.at(-1);
    expect(pushed?.method).toBe('PUT');
    expect(pushed?.url).toBe('/metrics/job/sextant_monitor/model/tickets');
    expect(pushed?.body).toContain('sextant_monitoring_status{model="tickets"} 2');
    expect(pushed?.body).toMatch(
      /sextant_live_metric\{model="tickets",version="1",metric="roc_auc"\} 0\.\d+/,
    );
  });

  it('refuses a bad window and an unknown model with exit 1 and one line', async () => {
    const bad = await cli('monitor', 'tickets', '--window', 'soon');
    expect([bad.code, bad.stderr.trim()]).toEqual([
      1,
      'error: --window must be a duration like 30m, 24h or 7d, got "soon"',
    ]);
    const unknown = await cli('monitor', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: .*nope/m);
  });
});
