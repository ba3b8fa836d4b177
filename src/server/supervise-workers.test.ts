import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let seed: ServingWorkspace;
const ticket = {
  title: 'server down',
  description: 'outage asap',
  source: 'email',
  customer_tier: 'premium',
};

/** `sextant serve --workers 2` as users start it: a real primary and two worker processes (sources via tsx). */
function serveWorkers(...extra: string[]) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'src/main.ts'),
      '--home',
      join(seed.dir, 'home'),
      '--json',
      'serve',
    ].concat(['--port', '0', '--workers', '2', '--no-scheduler', '--log-level', 'warn'], extra),
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

async function until<T>(what: string, probe: () => T | undefined, exited: Promise<unknown>, ms = 60_000) {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (gone || Date.now() > deadline) throw new Error(`${what}: not seen`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One prediction on a fresh connection each time, so node:cluster hands requests to both workers. */
async function predict(url: string): Promise<{ version: number; id: string }> {
  const response = await fetch(`${url}/v1/models/tickets/predict`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${seed.tokens.predict}`,
      'content-type': 'application/json',
      connection: 'close',
    },
    body: JSON.stringify({ instances: [ticket] }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { version: number; request_ids: string[] };
  return { version: body.version, id: body.request_ids[0] as string };
}

/** The direct children of a process, from /proc: the workers of a primary. */
function childrenOf(pid: number): number[] {
  const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return tasks === '' ? [] : tasks.split(' ').map(Number);
}

let server: ReturnType<typeof serveWorkers>;
let url: string;

beforeAll(async () => {
  seed = await seedServingWorkspace('sextant-workers-');
  // A poll far beyond the test: only the admin API and the primary's relay can move what is served.
  server = serveWorkers('--poll-seconds', '3600');
  url = await until('the ready line', () => /"url":\s*"([^"]+)"/.exec(server.stdout())?.[1], server.exited);
}, 90_000);
afterAll(async () => {
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await seed.dispose();
});

describe('sextant serve --workers 2', () => {
  it('announces once, for two worker processes sharing one port', () => {
    // One JSON document: a second announcement (a worker's) would make it unreadable.
    expect(JSON.parse(server.stdout())).toEqual({ url, workers: 2 });
    expect(childrenOf(server.child.pid as number)).toHaveLength(2);
  });

  it("answers /metrics for the whole server: the workers' counters summed, whichever worker is asked", async () => {
    const answered = await Promise.all(Array.from({ length: 60 }, () => predict(url)));
    expect(answered.every((a) => a.version === 1)).toBe(true);
    for (let i = 0; i < 6; i++) {
      const text = await (await fetch(`${url}/metrics`, { headers: { connection: 'close' } })).text();
      expect(text).toContain('sextant_predictions_total{model="tickets",version="1"} 60');
      // One series per alias, not one per worker, and not summed to 2.
      expect(text).toContain('sextant_model_info{model="tickets",alias="production",version="1"} 1');
    }
  });

  it('serves an alias moved through the admin API from every worker at once, not at the next poll', async () => {
    const v2 = await seed.trainVersion(2);
    const moved = await fetch(`${url}/v1/models/tickets/aliases/production`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${seed.tokens.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: v2, reason: 'workers test' }),
    });
    expect(moved.status).toBe(200);
    // The other worker loads v2 when the primary relays the change: within moments, on every connection.
    let versions: number[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      versions = (await Promise.all(Array.from({ length: 20 }, () => predict(url)))).map((a) => a.version);
      if (versions.every((v) => v === v2)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(new Set(versions)).toEqual(new Set([v2]));
  });

  it("judges the whole server's traffic in a monitoring run, whichever worker runs it", async () => {
    const monitor = async () => {
      const response = await fetch(`${url}/v1/models/tickets/monitor`, {
        method: 'POST',
        headers: { authorization: `Bearer ${seed.tokens.admin}`, connection: 'close' },
      });
      expect(response.status).toBe(200);
      return (await response.json()) as { report: { summary: { requests: { total: number } | null } } };
    };
    await monitor(); // takes what the earlier tests served
    await Promise.all(Array.from({ length: 40 }, () => predict(url)));
    // Each worker served a share; the run that judges error rate and latency sees all 40.
    expect((await monitor()).report.summary.requests?.total).toBe(40);
  });

  it('replaces a worker that dies, and serves on meanwhile', async () => {
    const pid = server.child.pid as number;
    const [victim] = childrenOf(pid);
    process.kill(victim as number, 'SIGKILL');
    await until(
      'a replacement worker',
      () => {
        const now = childrenOf(pid);
        return now.length === 2 && !now.includes(victim as number) ? now : undefined;
      },
      server.exited,
      30_000,
    );
    expect(server.stderr()).toMatch(/server worker [01] exited \(SIGKILL\); starting a new one/);
    await Promise.all(Array.from({ length: 20 }, () => predict(url)));
  });

  it('drains every worker on SIGTERM: exit 0, every answered prediction logged', async () => {
    const answered = await Promise.all(Array.from({ length: 40 }, () => predict(url)));
    const pids = childrenOf(server.child.pid as number);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
    for (const { id } of answered)
      expect(await seed.workspace.store.predictions.findPrediction(id), id).toBeDefined();
  });

  it('fails with SERVER_START_FAILED and exit 1 when a worker cannot listen', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const failing = serveWorkers('--port', String(port));
    try {
      expect(await failing.exited).toBe(1);
      // With --json each error is one JSON line: the worker's own, then the primary's.
      const errors = failing
        .stdout()
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { error: { code: string; message: string } }).error);
      expect(errors[0]).toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('the port is in use'),
      });
      expect(errors.at(-1)?.code).toBe('SERVER_START_FAILED');
    } finally {
      taken.close();
    }
  }, 90_000);
});
