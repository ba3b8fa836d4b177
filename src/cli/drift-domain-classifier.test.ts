import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateTickets } from '../data/generate-tickets.js';
import { writeCsv } from '../data/write-csv.js';
import type { DriftReport } from '../stats/drift-engine/drift-report.js';
import { captureCli } from '../test-support/capture-cli.js';
import { tempFolder } from '../test-support/temp-files.js';

const { dir } = tempFolder('sextant-drift-text-');
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  const tickets = (seed: number, drift: number) =>
    generateTickets({ rows: 1200, seed, drift }) as unknown as Record<string, unknown>[];
  await writeCsv(file('january.csv'), tickets(1, 0));
  await writeCsv(file('february.csv'), tickets(2, 0));
  await writeCsv(file('incident.csv'), tickets(3, 1));
});

const drift = (current: string, ...extra: string[]) =>
  captureCli(
    [
      '--home',
      file('.sextant'),
      'drift',
      '--reference',
      file('january.csv'),
      '--current',
      file(current),
      '--json',
      ...extra,
    ],
    {},
    dir,
  );

describe('sextant drift with the text domain classifier', () => {
  it('finds no drift between two ordinary months', async () => {
    const result = await drift(
      'february.csv',
      '--columns',
      'description',
      '--test',
      'type:text=domain_classifier',
    );
    expect(result.code).toBe(0);
    const column = (JSON.parse(result.stdout) as DriftReport).columns[0]!;
    expect(column).toMatchObject({ name: 'description', drifted: false });
    expect(JSON.stringify(column)).toContain('domain_classifier');
  });

  it('flags the incident month, exits 2 and names the words', async () => {
    const result = await drift(
      'incident.csv',
      '--columns',
      'description',
      '--test',
      'description=domain_classifier',
    );
    expect(result.code).toBe(2);
    const column = (JSON.parse(result.stdout) as DriftReport).columns[0]!;
    expect(column.drifted).toBe(true);
    expect(JSON.stringify(column)).toMatch(/currentWords/);
  });

  it('answers insufficient data against a saved profile, which keeps no documents', async () => {
    const profile = file('january.profile');
    const saved = await captureCli(
      ['--home', file('.sextant'), 'drift', '--reference', file('january.csv'), '--save-profile', profile],
      {},
      dir,
    );
    expect(saved.code).toBe(0);
    const result = await captureCli(
      [
        '--home',
        file('.sextant'),
        'drift',
        '--reference',
        profile,
        '--current',
        file('incident.csv'),
        '--json',
        '--columns',
        'description',
        '--test',
        'type:text=domain_classifier',
      ],
      {},
      dir,
    );
    const column = (JSON.parse(result.stdout) as DriftReport).columns[0]!;
    expect(column.status).toBe('INSUFFICIENT_DATA');
  });
});
