import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../platform/open-workspace.js';
import { resolveConfig } from '../platform/sextant-config.js';
import { captureCli } from '../test-support/capture-cli.js';
import { tempFolder } from '../test-support/temp-files.js';

const { dir, write } = tempFolder('sextant-models-cli-');
const home = join(dir, '.sextant');
const sextant = (...argv: string[]) => captureCli(['--home', home, ...argv], {}, dir);
const lines = Array.from(
  { length: 120 },
  (_, i) => `${i % 12},${['a', 'b', 'c'][i % 3]},${i % 12 > 5 ? 'high' : 'low'}`,
);
let keys: string[] = [];

beforeAll(async () => {
  const data = write('train.csv', ['x,group,level', ...lines].join('\n'));
  for (const [seed, alias] of [
    ['1', []],
    ['2', ['--alias', 'production']],
  ] as const) {
    const trained = await sextant(
      'train',
      '--data',
      data,
      '--target',
      'level',
      '--name',
      'levels',
      '--seed',
      seed,
      ...alias,
    );
    expect(trained.code, trained.stderr).toBe(0);
  }
  const ws = await openWorkspace(resolveConfig({ home }, {}, dir));
  keys = (await ws.store.models.listVersions('levels')).map((v) => v.artifactKey);
  await ws.close();
});

describe('sextant models', () => {
  it('lists models with production and latest versions', async () => {
    const table = await sextant('models', 'list');
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[1]).toMatch(/^levels\s+2\s+2\s+production=2\s+-$/);
    const json = JSON.parse((await sextant('models', 'list', '--json')).stdout);
    expect(json).toEqual([
      expect.objectContaining({ name: 'levels', productionVersion: 2, latestVersion: 2, latestReport: null }),
    ]);
  });

  it('shows versions with metrics, aliases and alias history', async () => {
    const shown = await sextant('models', 'show', 'levels');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^2\s+active\s+production\s+\S+\s+[0-9a-f]{8}\s+accuracy \d\.\d{4}/m);
    expect(shown.stdout).toMatch(
      /Alias history \(newest first\):\n.*\n\S+\s+production\s+-\s+2\s+sextant train\s+trained by run/,
    );
    const json = JSON.parse((await sextant('models', 'show', 'levels', '--json')).stdout);
    expect(json.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(json.versions[0].metrics.accuracy).toBeGreaterThan(0.9);
    expect(json.aliasHistory).toHaveLength(1);
    const missing = await sextant('models', 'show', 'nope', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('MODEL_NOT_FOUND');
  });

  it("edits a model's and a version's description and tags, and shows them", async () => {
    const model = await sextant(
      'models',
      'update',
      'levels',
      '--description',
      'level of service',
      '--tag',
      'owner=ana',
      '--tag',
      'sextant.monitor.schedule=0 * * * *',
    );
    expect(model.code, model.stderr).toBe(0);
    expect(model.stdout).toContain('updated levels: description "level of service"; tags owner=ana');
    const version = await sextant('models', 'update', 'levels', '2', '--tag', 'note=a=b', '--json');
    expect(version.code, version.stderr).toBe(0);
    expect(JSON.parse(version.stdout).tags).toMatchObject({ note: 'a=b' });
    const untagged = await sextant('models', 'update', 'levels', '--untag', 'owner', '--json');
    expect(JSON.parse(untagged.stdout).tags).toEqual({ 'sextant.monitor.schedule': '0 * * * *' });
    const shown = await sextant('models', 'show', 'levels');
    expect(shown.stdout).toContain('model levels: level of service');
    expect(shown.stdout).toContain('Tags: sextant.monitor.schedule=0 * * * *');
    expect(shown.stdout).toMatch(/^2\s.*note=a=b$/m);
    // Bad input: the documented error and exit code, nothing changed.
    for (const [argv, message] of [
      [['models', 'update', 'levels'], 'nothing to update'],
      [['models', 'update', 'levels', '--tag', 'novalue'], '--tag takes key=value'],
      [
        ['models', 'update', 'levels', '--tag', 'sextant.monitor.schedule=hourly'],
        'sextant.monitor.schedule',
      ],
      [
        ['models', 'update', 'levels', '2', '--untag', 'sextant.reference_profile'],
        'written by Sextant itself',
      ],
      [['models', 'update', 'levels', '9', '--description', 'x'], 'has no version 9'],
    ] as const) {
      const bad = await sextant(...argv);
      expect(bad.code, argv.join(' ')).toBe(1);
      expect(bad.stderr).toContain(message);
    }
    const after = JSON.parse((await sextant('models', 'show', 'levels', '--json')).stdout);
    expect(after.tags).toEqual({ 'sextant.monitor.schedule': '0 * * * *' });
  });

  it('archives and deletes versions, refusing the one production serves', async () => {
    const inUse = await sextant('models', 'archive', 'levels', '2');
    expect(inUse.code).toBe(1);
    expect(inUse.stderr).toContain('alias "production" points at it');
    expect((await sextant('models', 'archive', 'levels', '1')).stdout).toBe('archived levels version 1\n');
    expect((await sextant('models', 'delete', 'levels', '2', '--json')).code).toBe(1);
    const deleted = await sextant('models', 'delete', 'levels', '1', '--json');
    expect(deleted.code).toBe(0);
    const result = JSON.parse(deleted.stdout);
    expect(result).toMatchObject({ modelName: 'levels', version: 1, artifactKey: keys[0] });
    const ws = await openWorkspace(resolveConfig({ home }, {}, dir));
    // The two trainings used different seeds, so their artifacts differ and version 1's blob is gone.
    expect(keys[0]).not.toBe(keys[1]);
    expect(result.artifactDeleted).toBe(true);
    expect(await ws.artifacts.has(keys[0]!)).toBe(false);
    expect(await ws.artifacts.has(keys[1]!)).toBe(true);
    await ws.close();
    const bad = await sextant('models', 'delete', 'levels', 'two');
    expect(bad.stderr).toContain('VERSION must be a positive integer');
  });
});
