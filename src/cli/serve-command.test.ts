import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServeOptions } from '../platform/serve-options.js';
import type { RunningServer, ServerLauncher } from '../platform/server-launcher.js';
import type { Workspace } from '../platform/workspace.js';
import { startServer } from '../server/start-server.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import { runCli } from './run-cli.js';

let seed: ServingWorkspace;
let home: string;
const ticket = {
  title: 'checkout failing',
  description: 'payment outage',
  source: 'phone',
  customer_tier: 'free',
};

beforeAll(async () => {
  seed = await seedServingWorkspace('sextant-serve-cli-');
  home = join(seed.dir, 'home');
});
afterAll(async () => {
  await seed.dispose();
});

/**
 * Runs `sextant serve` in process with the real server launcher. The launcher is wrapped only to see
 * what the command hands it; `stop` resolves the stop signal as SIGTERM would.
 */
function serve(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let printed: () => void = () => undefined;
  const firstOutput = new Promise<void>((resolve) => {
    printed = resolve;
  });
  let stop: (signal: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => {
    stop = resolve;
  });
  const launched: { workspace: Workspace; options: ServeOptions; server?: RunningServer }[] = [];
  const launchServer: ServerLauncher = async (workspace, options) => {
    const launch: (typeof launched)[number] = { workspace, options };
    launched.push(launch);
    launch.server = await startServer(workspace, options);
    return launch.server;
  };
  const exit = runCli(['--home', home, ...argv], {
    stdout: (text) => {
      out.push(text);
      printed();
    },
    stderr: (text) => {
      err.push(text);
      printed();
    },
    env: {},
    cwd: seed.dir,
    launchServer,
    stopSignal: () => stopped,
  });
  return {
    exit,
    firstOutput,
    launched,
    stop,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

describe('sextant serve', () => {
  it('prints its URL as JSON, serves predictions, and on the stop signal drains, logs and exits 0', async () => {
    const run = serve('serve', '--port', '0', '--json', '--log-level', 'silent', '--max-batch', '7');
    await Promise.race([run.firstOutput, run.exit]);
    const { url } = JSON.parse(run.stdout()) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(run.launched).toHaveLength(1);
    expect(run.launched[0]?.options).toMatchObject({ port: 0, maxBatch: 7, host: '127.0.0.1' });

    const response = await fetch(`${url}/v1/models/tickets/predict`, {
      method: 'POST',
      headers: { authorization: `Bearer ${seed.tokens.predict}`, 'content-type': 'application/json' },
      body: JSON.stringify({ instances: [ticket] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-model-version')).toBe('1');
    const body = (await response.json()) as { request_ids: string[] };

    run.stop('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stderr()).toBe('SIGTERM: draining and stopping\n');
    // The command's own workspace is closed: its store refuses work.
    await expect(run.launched[0]?.workspace.store.models.listModels()).rejects.toThrow();
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    // The prediction was flushed to the database before the command returned.
    expect(
      await seed.workspace.store.predictions.findPrediction(body.request_ids[0] as string),
    ).toMatchObject({
      modelName: 'tickets',
      version: 1,
      inputs: ticket,
    });
  });

  it.each([
    [['--port', '70000'], '--port must be 0..65535, got "70000"'],
    [['--port', 'http'], '--port must be 0..65535, got "http"'],
    [['--max-batch', '0'], '--max-batch must be a positive integer, got "0"'],
    [['--poll-seconds', '1.5'], '--poll-seconds must be a positive integer, got "1.5"'],
  ])('refuses %j with exit 1 and one line, before starting anything', async (flags, message) => {
    const run = serve('serve', ...flags);
    expect(await run.exit).toBe(1);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toBe(`error: ${message}\n`);
    expect(run.launched).toEqual([]);
  });

  it('fails with exit 1 and one line when the port is taken, and closes its workspace', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = taken.address() as AddressInfo;
      const run = serve('serve', '--port', String(port), '--log-level', 'silent');
      expect(await run.exit).toBe(1);
      expect(run.stderr().trim().split('\n')).toHaveLength(1);
      expect(run.stderr().trim()).toBe(`error: cannot listen on 127.0.0.1:${port}: the port is in use`);
      expect(run.stdout()).toBe('');
      expect(run.launched).toHaveLength(1);
      await expect(run.launched[0]?.workspace.store.models.listModels()).rejects.toThrow();
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('reports a bad flag as one JSON error object with --json', async () => {
    const run = serve('serve', '--json', '--max-batch', '0');
    expect(await run.exit).toBe(1);
    expect(JSON.parse(run.stdout())).toEqual({
      error: {
        code: 'INVALID_ARGUMENT',
        message: '--max-batch must be a positive integer, got "0"',
        details: {},
      },
    });
    expect(run.stderr()).toBe('');
  });
});
