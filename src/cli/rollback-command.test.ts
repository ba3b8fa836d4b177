import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureCli } from '../test-support/capture-cli.js';
import { tempFolder } from '../test-support/temp-files.js';

const { dir, write } = tempFolder('sextant-rollback-cli-');
const home = join(dir, '.sextant');
const sextant = (...argv: string[]) => captureCli(['--home', home, ...argv], {}, dir);

beforeAll(async () => {
  const rows = Array.from({ length: 90 }, (_, i) => `${i % 9},${i % 9 > 4 ? 'up' : 'down'}`);
  const data = write('train.csv', ['x,move', ...rows].join('\n'));
  // Three trainings, each promoted to production as it lands: production served 1, 2, 3.
  for (const seed of ['1', '2', '3']) {
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
      '--alias',
      'production',
    );
    expect(trained.code, trained.stderr).toBe(0);
  }
});

describe('sextant rollback', () => {
  it('steps production back one version per rollback, then refuses with NOTHING_TO_ROLL_BACK', async () => {
    const first = await sextant('rollback', 'moves', '--reason', 'p95 latency doubled');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('rolled back moves@production: version 3 -> version 2\n');
    const second = JSON.parse((await sextant('rollback', 'moves', '--json')).stdout);
    expect(second).toMatchObject({ fromVersion: 2, toVersion: 1, reason: 'rollback from version 2 to 1' });
    const none = await sextant('rollback', 'moves', '--json');
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout).error.code).toBe('NOTHING_TO_ROLL_BACK');
    const history = JSON.parse((await sextant('models', 'show', 'moves', '--json')).stdout).aliasHistory;
    expect(history[1].reason).toBe('rollback from version 3 to 2: p95 latency doubled');
  });

  it('rolls back another alias with --alias, and names a missing one', async () => {
    expect((await sextant('alias', 'set', 'moves', 'staging', '2')).code).toBe(0);
    expect((await sextant('alias', 'set', 'moves', 'staging', '3')).code).toBe(0);
    const staging = await sextant('rollback', 'moves', '--alias', 'staging');
    expect(staging.stdout).toBe('rolled back moves@staging: version 3 -> version 2\n');
    const missing = await sextant('rollback', 'moves', '--alias', 'canary', '--json');
    expect(JSON.parse(missing.stdout).error.code).toBe('ALIAS_NOT_FOUND');
  });
});
