import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliResult, captureCli } from '../test-support/capture-cli.js';
import {
  dropSchema,
  freshSchema,
  postgresTestUrl,
  probePostgres,
} from '../test-support/postgres-test-target.js';

const weather = fileURLToPath(
  new URL('../../node_modules/vega-datasets/data/seattle-weather.csv', import.meta.url),
);
const unreachable = await probePostgres();
// In CI a skipped backend would look green, so there the test runs and fails instead.
const run = unreachable === undefined || process.env.CI ? describe : describe.skip;

run('sextant CLI on PostgreSQL (--database postgres://...?schema=)', () => {
  const schema = freshSchema('cli');
  const database = `${postgresTestUrl}${postgresTestUrl.includes('?') ? '&' : '?'}schema=${schema}`;
  const dirs: string[] = [];

  afterAll(async () => {
    await dropSchema(schema);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  async function sextant(...argv: string[]): Promise<CliResult> {
    const dir = await mkdtemp(join(tmpdir(), 'sextant-cli-pg-'));
    dirs.push(dir);
    return captureCli(argv, { SEXTANT_HOME: join(dir, '.sextant'), SEXTANT_DATABASE_URL: database }, dir);
  }

  it('adds a dataset version and reads it back from another process-like invocation', async () => {
    const added = await sextant('datasets', 'add', 'weather', weather, '--json');
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout).version).toMatchObject({
      datasetName: 'weather',
      version: 1,
      rowCount: 1461,
    });

    const status = JSON.parse((await sextant('status', '--json')).stdout);
    expect(status.database).toContain('PostgreSQL');
    expect(status.datasets).toEqual([
      { name: 'weather', versions: 1, latest: 1, role: 'reference', rows: 1461 },
    ]);
  });
});
