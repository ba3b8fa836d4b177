import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../platform/open-workspace.js';
import { resolveConfig } from '../platform/sextant-config.js';
import { captureCli } from '../test-support/capture-cli.js';
import { tempFolder } from '../test-support/temp-files.js';

const { dir } = tempFolder('sextant-runs-cli-');
const home = join(dir, '.sextant');
const ids = ['11111111-aaaa-4aaa-8aaa-000000000001', '22222222-bbbb-4bbb-8bbb-000000000002'];

beforeAll(async () => {
  const ws = await openWorkspace(resolveConfig({ home }, {}, dir));
  const start = new Date('2026-11-23T10:00:00Z');
  for (const [i, id] of ids.entries()) {
    await ws.store.runs.start({
      id,
      kind: 'train',
      modelName: i === 0 ? 'tickets' : 'weather',
      params: { algorithm: 'logistic' },
      datasetVersionIds: [],
      gitCommit: null,
      startedAt: new Date(start.getTime() + i * 60_000),
    });
  }
  await ws.store.runs.finish(ids[0]!, {
    status: 'succeeded',
    metrics: { roc_auc: 0.91 },
    finishedAt: new Date(start.getTime() + 2500),
  });
  await ws.close();
});

const sextant = (...argv: string[]) => captureCli(['--home', home, ...argv], {}, dir);

describe('sextant runs', () => {
  it('lists runs newest first, filtered by model', async () => {
    const all = await sextant('runs', 'list');
    expect(all.code).toBe(0);
    const lines = all.stdout.trim().split('\n');
    expect(lines[1]).toContain('22222222');
    expect(lines[2]).toMatch(/11111111.*tickets.*succeeded.*2\.5 s.*roc_auc 0\.9100/);
    const filtered = JSON.parse((await sextant('runs', 'list', '--model', 'tickets', '--json')).stdout);
    expect(filtered.map((r: { id: string }) => r.id)).toEqual([ids[0]]);
  });

  it('shows a run by id or unique prefix, and refuses unknown ones', async () => {
    const shown = await sextant('runs', 'show', '11111111-aaaa');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`run ${ids[0]} (train) succeeded`);
    expect(shown.stdout).toContain('"roc_auc": 0.91');
    const missing = await sextant('runs', 'show', 'deadbeef-0000', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('RUN_NOT_FOUND');
    const badLimit = await sextant('runs', 'list', '--limit', '0');
    expect(badLimit.code).toBe(1);
    expect(badLimit.stderr).toContain('--limit must be a positive integer');
  });
});
