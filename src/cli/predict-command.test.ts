import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateTickets } from '../data/generate-tickets.js';
import { writeCsv } from '../data/write-csv.js';
import { captureCli } from '../test-support/capture-cli.js';
import { tempFolder } from '../test-support/temp-files.js';

const { dir } = tempFolder('sextant-predict-cli-');
const home = join(dir, '.sextant');
const sextant = (...argv: string[]) => captureCli(['--home', home, ...argv], {}, dir);

beforeAll(async () => {
  const tickets = generateTickets({ rows: 400, seed: 5 }) as unknown as Record<string, unknown>[];
  await writeCsv(join(dir, 'tickets.csv'), tickets);
  // The batch has no label column, as live data would not.
  await writeCsv(
    join(dir, 'batch.csv'),
    generateTickets({ rows: 25, seed: 6 }).map(({ urgent: _label, ...ticket }) => ticket),
  );
  for (const seed of ['1', '2']) {
    const trained = await sextant(
      'train',
      '--data',
      join(dir, 'tickets.csv'),
      '--target',
      'urgent',
      '--name',
      'tickets',
      '--text',
      'title,description',
      '--seed',
      seed,
    );
    expect(trained.code, trained.stderr).toBe(0);
  }
  expect((await sextant('alias', 'set', 'tickets', 'production', '1')).code).toBe(0);
});

describe('sextant predict', () => {
  it('predicts a file with the production version, paths relative to the working directory', async () => {
    const result = await sextant('predict', 'tickets', '--data', 'batch.csv', '--out', 'out.csv');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`wrote 25 predictions of tickets version 1 to ${join(dir, 'out.csv')}\n`);
    const lines = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('title,description,source,customer_tier,label,probability_0,probability_1');
    expect(lines).toHaveLength(26);
  });

  it('pins a version and writes JSON lines', async () => {
    const result = JSON.parse(
      (await sextant('predict', 'tickets:2', '--data', 'batch.csv', '--out', 'out.jsonl', '--json')).stdout,
    );
    expect(result).toMatchObject({ model: 'tickets', version: 2, rows: 25, format: 'jsonl' });
    const records = readFileSync(join(dir, 'out.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(25);
    for (const r of records) {
      expect(['0', '1']).toContain(r.label);
      expect(r.probability_0 + r.probability_1).toBeCloseTo(1, 12);
    }
  });

  it('names a missing alias, a bad reference, and an unsupported output', async () => {
    const alias = await sextant(
      'predict',
      'tickets@staging',
      '--data',
      'batch.csv',
      '--out',
      'o.csv',
      '--json',
    );
    expect(JSON.parse(alias.stdout).error.code).toBe('ALIAS_NOT_FOUND');
    const ref = await sextant('predict', 'tickets:latest', '--data', 'batch.csv', '--out', 'o.csv');
    expect(ref.stderr).toContain('is not a positive integer');
    const out = await sextant('predict', 'tickets', '--data', 'batch.csv', '--out', 'o.parquet', '--json');
    expect(JSON.parse(out.stdout).error.code).toBe('FILE_FORMAT_UNSUPPORTED');
  });
});
