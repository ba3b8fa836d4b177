import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTickets } from '../data/generate-tickets.js';
import { writeCsv } from '../data/write-csv.js';
import { captureCli } from '../test-support/capture-cli.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';

let seeded: ServingWorkspace;
let home: string;
let dir: string;
const sextant = (...argv: string[]) => captureCli(['--home', home, ...argv], {}, dir);

beforeAll(async () => {
  seeded = await seedServingWorkspace('sextant-retrain-cli-', 300);
  await seeded.workspace.close();
  dir = seeded.dir;
  home = join(dir, 'home');
  // A new period in which every chat ticket is urgent: the candidate learns it, production cannot.
  const drifted = generateTickets({ rows: 900, seed: 23, drift: 0.6 }).map((t) =>
    t.source === 'chat' ? { ...t, urgent: 1 } : t,
  );
  await writeCsv(join(dir, 'week1.csv'), drifted.slice(0, 600) as unknown as Record<string, unknown>[]);
  await writeCsv(join(dir, 'week2.csv'), drifted.slice(600) as unknown as Record<string, unknown>[]);
  await writeCsv(
    join(dir, 'broken.csv'),
    drifted.slice(0, 20).map(({ source: _, ...rest }) => rest),
  );
});
afterAll(() => seeded.dispose());

describe('sextant retrain', () => {
  it('combines, trains, gates and promotes, printing each step and the decision', async () => {
    const out = await sextant('retrain', 'tickets', '--new', 'week1.csv', 'week2.csv', '--promote-if-better');
    expect(out.code, out.stderr).toBe(0);
    const steps = out.stderr.split('\n').filter(Boolean);
    expect(steps.map((line) => line.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'ok resolve',
      'ok combine',
      'ok train',
      'ok evaluate',
      'ok gate',
    ]);
    expect(steps[1]).toContain('300 rows of tickets:1 + 600 + 300 new = 1200 rows');
    const [verdict, reason] = out.stdout.split('\n');
    expect(verdict).toBe('promoted tickets version 2 to production (was version 1)');
    expect(reason).toMatch(/^ {2}candidate roc_auc 0\.\d{4}, production 0\.\d{4}, margin 0\.01: .*promoted$/);
    const models = JSON.parse((await sextant('models', 'show', 'tickets', '--json')).stdout);
    expect(JSON.stringify(models)).toContain('"actor":"retrain"');
    const runs = JSON.parse((await sextant('runs', 'list', '--kind', 'retrain', '--json')).stdout);
    expect(runs).toHaveLength(1);
  });

  it('--json prints the result; rolling mode with --max-rows keeps the newest rows; no promotion unless asked', async () => {
    const out = await sextant(
      'retrain',
      'tickets',
      '--new',
      'week2.csv',
      '--mode',
      'rolling',
      '--max-rows',
      '1000',
      '--json',
    );
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toBe('');
    const result = JSON.parse(out.stdout);
    expect(result).toMatchObject({
      status: 'succeeded',
      dataset: { datasetName: 'tickets', rowCount: 1000 },
      decision: { promoted: false, productionVersion: 2, candidateVersion: 3, metric: 'roc_auc' },
    });
    expect(result.steps.map((s: { name: string }) => s.name)).toEqual([
      'resolve',
      'combine',
      'train',
      'evaluate',
      'gate',
    ]);
    const alias = JSON.parse((await sextant('models', 'show', 'tickets', '--json')).stdout);
    expect(JSON.stringify(alias)).not.toContain('"toVersion":3');
  });

  it('fails with one error line (or a JSON error) and exit 1 on bad input, leaving production alone', async () => {
    const broken = await sextant('retrain', 'tickets', '--new', 'broken.csv', '--promote-if-better');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('FAIL combine');
    expect(broken.stderr).toMatch(/error: .*broken\.csv: column "source" is missing/);
    const json = await sextant('retrain', 'tickets', '--new', 'nope.csv', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).error.code).toBe('FILE_NOT_FOUND');
    const unknown = await sextant('retrain', 'ghost', '--new', 'week1.csv', '--json');
    expect(JSON.parse(unknown.stdout).error.code).toBe('MODEL_NOT_FOUND');
    const margin = await sextant('retrain', 'tickets', '--new', 'week1.csv', '--margin', 'lots', '--json');
    expect(JSON.parse(margin.stdout).error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    const mode = await sextant('retrain', 'tickets', '--new', 'week1.csv', '--mode', 'sideways');
    expect(mode.code).toBe(1);
    expect(mode.stderr).toContain('Allowed choices are fixed, rolling');
    const status = JSON.parse((await sextant('models', 'show', 'tickets', '--json')).stdout);
    expect(status.aliases).toEqual([expect.objectContaining({ alias: 'production', version: 2 })]);
  });
});
