import { userInfo } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureCli } from '../test-support/capture-cli.js';
import { tempFolder } from '../test-support/temp-files.js';

const { dir, write } = tempFolder('sextant-alias-cli-');
const home = join(dir, '.sextant');
const sextant = (...argv: string[]) => captureCli(['--home', home, ...argv], {}, dir);

beforeAll(async () => {
  const rows = Array.from({ length: 90 }, (_, i) => `${i % 9},${i % 9 > 4 ? 'up' : 'down'}`);
  const data = write('train.csv', ['x,move', ...rows].join('\n'));
  for (const seed of ['1', '2']) {
    const trained = await sextant(
      'train',
      '--data',
      data,
      '--target',
      'move',
      '--name',
      'moves',
      '--seed',
      seed,
    );
    expect(trained.code, trained.stderr).toBe(0);
  }
});

describe('sextant alias set', () => {
  it('creates and moves an alias, recording the CLI user and the reason', async () => {
    const created = await sextant('alias', 'set', 'moves', 'production', '1');
    expect(created.code).toBe(0);
    expect(created.stdout).toBe('moves@production: new alias -> version 1\n');
    const moved = await sextant(
      'alias',
      'set',
      'moves',
      'production',
      '2',
      '--reason',
      'better f1',
      '--json',
    );
    expect(JSON.parse(moved.stdout)).toMatchObject({
      alias: 'production',
      fromVersion: 1,
      toVersion: 2,
      actor: `cli:${userInfo().username}`,
      reason: 'better f1',
    });
    const shown = JSON.parse((await sextant('models', 'show', 'moves', '--json')).stdout);
    expect(shown.aliases).toEqual([expect.objectContaining({ alias: 'production', version: 2 })]);
    expect(shown.aliasHistory.map((h: { toVersion: number }) => h.toVersion)).toEqual([2, 1]);
  });

  it('refuses archived versions, bad alias names and versions that are not numbers', async () => {
    expect((await sextant('alias', 'set', 'moves', 'staging', '1')).code).toBe(0);
    expect((await sextant('alias', 'set', 'moves', 'staging', '2')).code).toBe(0);
    expect((await sextant('models', 'archive', 'moves', '1')).code).toBe(0);
    const archived = await sextant('alias', 'set', 'moves', 'staging', '1', '--json');
    expect(archived.code).toBe(1);
    expect(JSON.parse(archived.stdout).error.message).toContain('archived');
    const badName = await sextant('alias', 'set', 'moves', 'pro duction', '2');
    expect(badName.stderr).toContain('alias name "pro duction" is invalid');
    const badVersion = await sextant('alias', 'set', 'moves', 'staging', 'latest');
    expect(badVersion.stderr).toContain('VERSION must be a positive integer');
    const missing = await sextant('alias', 'set', 'moves', 'staging', '7', '--json');
    expect(JSON.parse(missing.stdout).error.code).toBe('MODEL_VERSION_NOT_FOUND');
  });
});
