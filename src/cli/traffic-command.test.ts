import { userInfo } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../platform/open-workspace.js';
import { resolveConfig } from '../platform/sextant-config.js';
import { captureCli } from '../test-support/capture-cli.js';
import { tempFolder } from '../test-support/temp-files.js';

const { dir, write } = tempFolder('sextant-traffic-cli-');
const home = join(dir, '.sextant');
const sextant = (...argv: string[]) => captureCli(['--home', home, ...argv], {}, dir);

beforeAll(async () => {
  const rows = Array.from({ length: 90 }, (_, i) => `${i % 9},${i % 9 > 4 ? 'up' : 'down'}`);
  const data = write('train.csv', ['x,move', ...rows].join('\n'));
  for (const [seed, alias] of [
    ['1', 'production'],
    ['2', 'canary'],
  ]) {
    const trained = await sextant(
      'train',
      '--data',
      data,
      '--target',
      'move',
      '--name',
      'moves',
      '--seed',
      seed as string,
      '--alias',
      alias as string,
    );
    expect(trained.code, trained.stderr).toBe(0);
  }
});

describe('sextant traffic', () => {
  it('sets, shows and clears a split, recording the CLI user', async () => {
    const set = await sextant('traffic', 'set', 'moves', 'canary=10');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/^moves: traffic split set by cli:\S+ at \d{4}-\d\d-\d\dT/);
    expect(set.stdout).toMatch(/\ncanary\s+2\s+10 %\nproduction\s+1\s+90 %\n$/);
    const shown = JSON.parse((await sextant('traffic', 'show', 'moves', '--json')).stdout);
    expect(shown).toMatchObject({
      modelName: 'moves',
      split: { canary: 10 },
      actor: `cli:${userInfo().username}`,
      routes: [
        { alias: 'canary', version: 2, percent: 10 },
        { alias: 'production', version: 1, percent: 90 },
      ],
    });
    const json = JSON.parse((await sextant('traffic', 'set', 'moves', 'canary=12.5%', '--json')).stdout);
    expect(json.split).toEqual({ canary: 12.5 });
    const model = await sextant('models', 'show', 'moves');
    expect(model.stdout).toContain('canary 12.5 % (version 2), production 87.5 % (version 1)');
    const modelJson = JSON.parse((await sextant('models', 'show', 'moves', '--json')).stdout);
    expect(modelJson.traffic).toMatchObject({ split: { canary: 12.5 } });

    const cleared = await sextant('traffic', 'clear', 'moves');
    expect(cleared.stdout).toBe(
      'moves: no traffic split; every default-route prediction goes to production\n' +
        'alias       version  percent\nproduction  1        100 %\n',
    );
    const after = JSON.parse((await sextant('traffic', 'show', 'moves', '--json')).stdout);
    expect(after).toMatchObject({ split: {}, actor: null, at: null });
    expect((await sextant('models', 'show', 'moves')).stdout).toContain(
      'Traffic: production serves every default-route prediction',
    );
  });

  it("shows the canary guard's verdicts from the latest monitoring report", async () => {
    expect((await sextant('traffic', 'set', 'moves', 'canary=10')).code).toBe(0);
    expect(JSON.parse((await sextant('traffic', 'show', 'moves', '--json')).stdout).guard).toBeNull();
    // What a monitoring run's canary guard leaves in its report (run-monitoring writes the same shape).
    const ws = await openWorkspace(resolveConfig({ home }, {}, dir));
    const at = new Date('2026-12-06T05:00:00Z');
    const canaries = [
      { alias: 'canary', version: 2, percent: 10, errorRate: 0.25, liveMetric: null, stopped: true },
    ];
    try {
      await ws.store.monitoring.saveReport({
        modelName: 'moves',
        version: 1,
        runId: null,
        status: 'WARN',
        summary: { canaries },
        report: {},
        windowStart: null,
        windowEnd: null,
        createdAt: at,
      });
    } finally {
      await ws.close();
    }
    const shown = await sextant('traffic', 'show', 'moves');
    expect(shown.stdout).toContain('Canary guard, monitoring run at 2026-12-06T05:00:00.000Z:');
    expect(shown.stdout).toMatch(/\ncanary\s+2\s+10 %\s+stopped\s+25\.0 %\s+-\n/);
    const json = JSON.parse((await sextant('traffic', 'show', 'moves', '--json')).stdout);
    expect(json.guard).toEqual({ at: at.toISOString(), canaries });
    expect((await sextant('traffic', 'clear', 'moves')).code).toBe(0);
  });

  it('refuses malformed shares, the production alias, unknown aliases and sums over 100', async () => {
    const error = async (...shares: string[]) => {
      const out = await sextant('traffic', 'set', 'moves', ...shares, '--json');
      expect(out.code).toBe(1);
      return JSON.parse(out.stdout).error as { code: string; message: string };
    };
    expect((await error('canary:10')).message).toContain('"canary:10" is not ALIAS=PERCENT');
    expect((await error('canary=ten')).code).toBe('INVALID_ARGUMENT');
    expect((await error('canary=5', 'canary=6')).message).toContain('named twice');
    expect((await error('production=5')).message).toContain('"production" serves the rest');
    expect((await error('nightly=5')).code).toBe('ALIAS_NOT_FOUND');
    expect((await error('canary=100.5')).message).toContain('at most 100');
    const noModel = await sextant('traffic', 'show', 'nope');
    expect([noModel.code, noModel.stderr]).toEqual([1, 'error: no registered model named "nope"\n']);
    expect(JSON.parse((await sextant('traffic', 'show', 'moves', '--json')).stdout).split).toEqual({});
  });
});
