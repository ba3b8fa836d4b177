import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetrainDecision } from '../jobs/retrain-model.js';
import { openWorkspace } from '../platform/open-workspace.js';
import type { RunningServer, ServerLauncher } from '../platform/server-launcher.js';
import { resolveConfig } from '../platform/sextant-config.js';
import type { Workspace } from '../platform/workspace.js';
import { startServer } from '../server/start-server.js';
import { type CliResult, captureCli } from '../test-support/capture-cli.js';
import { tempFolder } from '../test-support/temp-files.js';
import { runCli } from './run-cli.js';

const folder = tempFolder('sextant-demo-cli-');
const home = join(folder.dir, 'home');
const launched: RunningServer[] = [];

const DEMO = ['--home', home, 'demo', '--port', '0', '--rows', '300'];

/** The real server; wrapped only to see the servers the command starts and to act when one does. */
function launcher(onLaunch?: () => void): ServerLauncher {
  return async (workspace, options) => {
    const server = await startServer(workspace, options);
    launched.push(server);
    onLaunch?.();
    return server;
  };
}

/** `sextant demo` to its end through captureCli, with a stop signal that never comes (--exit runs). */
function demo(...argv: string[]) {
  return captureCli([...DEMO, ...argv], {}, process.cwd(), {
    launchServer: launcher(),
    stopSignal: () => new Promise<string>(() => undefined),
  });
}

/**
 * `sextant demo` with its output as it comes, for the runs a test stops: `serving` resolves once the
 * command says it serves on, `stop` resolves the stop signal as SIGTERM would. `cwd` is the
 * repository, where vega-datasets is installed.
 */
function start(options: { stopOnLaunch?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let servingOn: () => void = () => undefined;
  const serving = new Promise<void>((resolve) => {
    servingOn = resolve;
  });
  let stop: (signal: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => {
    stop = resolve;
  });
  const exit = runCli(DEMO, {
    stdout: (text) => {
      out.push(text);
      if (text.includes('serving until')) servingOn();
    },
    stderr: (text) => err.push(text),
    env: {},
    cwd: process.cwd(),
    launchServer: launcher(options.stopOnLaunch ? () => stop('SIGTERM') : undefined),
    stopSignal: () => stopped,
  });
  return { exit, serving, stop, stdout: () => out.join(''), stderr: () => err.join('') };
}

let first: CliResult;
let workspace: Workspace;

beforeAll(async () => {
  first = await demo('--exit');
  workspace = await openWorkspace(resolveConfig({ home }, {}, folder.dir));
}, 120_000);
afterAll(async () => {
  await workspace?.close();
});

describe('sextant demo --exit', () => {
  it('prints every step of the loop and stops its server', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    for (const step of ['[1/8] tickets', '[2/8] weather', '[3/8] serve', '[4/8] traffic', '[5/8] monitor'])
      expect(first.stdout).toContain(step);
    expect(first.stdout).toMatch(/\[6\/8\] retrain/);
    expect(first.stdout).toMatch(/\[8\/8\] dashboard http:\/\/127\.0\.0\.1:\d+\//);
    const token = /admin token \(shown once\): (sxt_\S+)/.exec(first.stdout)?.[1];
    expect(await workspace.store.tokens.listTokens()).toContainEqual(
      expect.objectContaining({ name: 'demo', role: 'admin', revokedAt: null }),
    );
    expect(token).toBeDefined();
    const url = /\[3\/8\] serve\s+(http:\/\/\S+)/.exec(first.stdout)?.[1];
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  });

  it('trains both models behind production and logs the replayed traffic with its feedback', async () => {
    for (const name of ['tickets', 'weather']) {
      expect((await workspace.store.models.listVersions(name)).length).toBeGreaterThanOrEqual(1);
      expect(await workspace.store.models.findAlias(name, 'production')).toBeDefined();
    }
    expect(await workspace.store.predictions.countPredictions('tickets')).toBeGreaterThanOrEqual(150);
    // Every weather day of 2014 and 2015 was replayed.
    expect(await workspace.store.predictions.countPredictions('weather')).toBeGreaterThanOrEqual(730);
    const tickets = await workspace.store.predictions.listLabelled({ modelName: 'tickets' });
    const labelled = tickets.filter((p) => p.hasFeedback);
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.length).toBeLessThan(tickets.length);
    expect(labelled.every((p) => p.actual === 'urgent' || p.actual === 'normal')).toBe(true);
  });

  it('stores a FAIL or WARN monitoring report for the drifted ticket model', async () => {
    const [report] = await workspace.store.monitoring.listReports('tickets', 1);
    expect(['FAIL', 'WARN']).toContain(report?.status);
    expect(report?.summary).toMatchObject({ labelCoverage: expect.any(Number) });
    expect(first.stdout).toContain(`tickets version ${report?.version}: ${report?.status}`);
  });

  it('records each retrain decision and moves production only when it promoted', async () => {
    const runs = await workspace.store.runs.listRuns({ kind: 'retrain' });
    expect(runs.length).toBeGreaterThanOrEqual(1);
    for (const run of runs) {
      expect(run.status).toBe('succeeded');
      const decision = (run.result as { decision: RetrainDecision }).decision;
      const production = await workspace.store.models.getAlias(run.modelName as string, 'production');
      expect(production.version).toBe(
        decision.promoted ? decision.candidateVersion : decision.productionVersion,
      );
      if (decision.promoted)
        expect(first.stdout).toContain(
          `${run.modelName}: the server hot-reloaded version ${decision.candidateVersion}`,
        );
    }
  });
});

describe('sextant demo again on the same home', () => {
  it('trains new versions beside the earlier ones, and without --exit serves until the stop signal', async () => {
    const before = await workspace.store.models.listVersions('tickets');
    const run = start();
    await Promise.race([run.serving, run.exit]);
    const url = /\[3\/8\] serve\s+(http:\/\/\S+)/.exec(run.stdout())?.[1];
    // Still serving after the loop: the dashboard page and its data answer.
    expect((await fetch(`${url}/`)).status).toBeLessThan(500);
    const models = (await (await fetch(`${url}/v1/models`)).json()) as { models: { name: string }[] };
    expect(models.models.map((m) => m.name).sort()).toEqual(['tickets', 'weather']);
    run.stop('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toContain('this workspace already holds tickets');
    expect(run.stderr()).toBe('SIGTERM: draining and stopping\n');
    const after = await workspace.store.models.listVersions('tickets');
    expect(after.length).toBeGreaterThan(before.length);
    // The first run's token was revoked when the second printed its own.
    const live = (await workspace.store.tokens.listTokens()).filter((t) => t.name === 'demo' && !t.revokedAt);
    expect(live).toHaveLength(1);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  }, 120_000);

  it('stops at the next step when the stop signal comes during the loop, drains and exits 0', async () => {
    // CI's smoke test stops `npm start` as soon as the server answers, while the loop still runs.
    const run = start({ stopOnLaunch: true });
    expect(await run.exit).toBe(0);
    expect(run.stderr()).toBe('SIGTERM: stopping the demo before the loop ended\n');
    expect(run.stdout()).toContain('[3/8] serve');
    expect(run.stdout()).not.toContain('[8/8]');
    const url = /\[3\/8\] serve\s+(http:\/\/\S+)/.exec(run.stdout())?.[1];
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  }, 120_000);

  it('with --fresh deletes the earlier demo versions first, and with --json prints one result object', async () => {
    const before = await workspace.store.models.listVersions('weather');
    const result = await demo('--exit', '--fresh', '--json');
    expect(result.code).toBe(0);
    const shown = JSON.parse(result.stdout) as {
      url: string;
      token: string;
      models: { model: string; trainedVersion: number; report: { status: string } }[];
    };
    expect(shown.token).toMatch(/^sxt_/);
    expect(shown.models.map((m) => m.model)).toEqual(['tickets', 'weather']);
    const weather = shown.models[1]!;
    const left = await workspace.store.models.listVersions('weather');
    // Only this run's versions are left: the trained one, and a candidate when one was retrained.
    expect(left.every((v) => v.version >= weather.trainedVersion)).toBe(true);
    expect(Math.min(...left.map((v) => v.version))).toBeGreaterThan(
      Math.max(...before.map((v) => v.version)),
    );
  }, 120_000);

  it('refuses a bad flag before starting anything', async () => {
    const count = launched.length;
    const result = await demo('--label-share', '2');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: --label-share must be within (0, 1], got "2"\n');
    expect(launched.length).toBe(count);
  });
});
