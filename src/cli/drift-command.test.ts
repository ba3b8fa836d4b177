import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DriftReport } from '../stats/drift-engine/drift-report.js';
import { type CliResult, captureCli } from '../test-support/capture-cli.js';
import { tempFolder } from '../test-support/temp-files.js';

const weather = readFileSync(
  fileURLToPath(new URL('../../node_modules/vega-datasets/data/seattle-weather.csv', import.meta.url)),
  'utf8',
)
  .trimEnd()
  .split('\n');
const header = weather[0]!;
const year = (y: string) => `${[header, ...weather.filter((line) => line.startsWith(y))].join('\n')}\n`;

const folder = tempFolder('sextant-drift-cli-');
const y2012 = folder.write('weather-2012.csv', year('2012'));
const y2015 = folder.write('weather-2015.csv', year('2015'));
const path = (name: string) => `${folder.dir}/${name}`;

function sextant(...argv: string[]): Promise<CliResult> {
  return captureCli(['--home', path('.sextant'), ...argv], {}, folder.dir);
}

describe('sextant drift', () => {
  it('exits 2 on the seasons and labels that moved from 2012 to 2015, and writes both reports', async () => {
    const result = await sextant(
      'drift',
      '--reference',
      y2012,
      '--current',
      y2015,
      '--json',
      path('r.json'),
      '--html',
      path('r.html'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /^dataset drift detected \(status FAIL\): 3 of 5 compared columns drifted \(60%; drift from 50%\)/,
    );
    expect(result.stdout).toMatch(/\ntemp_max +numeric +ks +0\.1525 +0\.0003157 +0\.05 +FAIL/);
    expect(result.stdout).toMatch(/\ndate +datetime .*SKIPPED/);
    expect(result.stdout).toContain(`wrote ${path('r.json')}, ${path('r.html')}`);
    const report = JSON.parse(await readFile(path('r.json'), 'utf8')) as DriftReport;
    expect(report).toMatchObject({
      schemaVersion: 1,
      reference: { rows: 366 },
      current: { rows: 365 },
      dataset: { drift: true },
    });
    const weatherColumn = report.columns.find((column) => column.name === 'weather')!;
    expect(weatherColumn).toMatchObject({
      test: { name: 'chisquare' },
      status: 'FAIL',
      histogram: { kind: 'categorical' },
    });
    const html = await readFile(path('r.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Dataset drift detected');
  });

  it('exits 0 when nothing drifted', async () => {
    const result = await sextant('drift', '--reference', y2012, '--current', y2012);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^no dataset drift \(status OK\): 0 of 5 compared columns drifted/);
  });

  it('prints the JSON report alone on stdout with the global --json', async () => {
    const result = await sextant('--json', 'drift', '--reference', y2012, '--current', y2015, '--progress');
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as DriftReport;
    expect(report.columns.map((column) => column.name)).toEqual([
      'date',
      'precipitation',
      'temp_max',
      'temp_min',
      'wind',
      'weather',
    ]);
    expect(result.stderr).toContain('reading');
  });

  it('takes tests, thresholds, FAIL levels, the drift share and columns', async () => {
    const result = await sextant(
      '--json',
      'drift',
      '--reference',
      y2012,
      '--current',
      y2015,
      '--columns',
      'temp_max,wind,weather,date',
      '--test',
      'type:numeric=wasserstein_norm',
      '--test',
      'wind=psi:buckets=5',
      '--threshold',
      'temp_max=0.2',
      '--fail',
      'temp_max=0.3',
      '--drift-share',
      '0.9',
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as DriftReport;
    const by = Object.fromEntries(report.columns.map((column) => [column.name, column]));
    expect(by.temp_max).toMatchObject({
      test: { name: 'wasserstein_norm' },
      threshold: 0.2,
      failThreshold: 0.3,
    });
    expect(by.wind).toMatchObject({ test: { name: 'psi' }, details: { edges: expect.any(Array) } });
    expect((by.wind!.details.edges as number[]).length).toBe(6);
    expect(by.date).toMatchObject({ type: 'datetime', test: { name: 'ks' }, status: 'FAIL' }); // type:numeric is not type:datetime
    expect(report.dataset.driftShare).toBe(0.9);
  });

  it('saves a reference profile and reuses it without reading the reference again', async () => {
    const saved = await sextant('drift', '--reference', y2012, '--save-profile', path('2012.sxprofile'));
    expect(saved).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^saved the reference profile of .* \(6 columns\)/),
    });
    const fromFile = await sextant('--json', 'drift', '--reference', y2012, '--current', y2015);
    const fromProfile = await sextant(
      '--json',
      'drift',
      '--reference',
      path('2012.sxprofile'),
      '--current',
      y2015,
    );
    expect(fromProfile.code).toBe(2);
    const [a, b] = [fromFile, fromProfile].map((r) => JSON.parse(r.stdout) as DriftReport);
    expect(b!.reference.fromProfile).toBe(true);
    expect(b!.columns).toEqual(a!.columns);
  });

  it('reports missing and one-sided columns instead of failing', async () => {
    const reference = folder.write('a.csv', 'x,y,only_ref\n1,a,1\n2,b,2\n3,a,3\n');
    const current = folder.write('b.csv', 'x,y,only_cur\n,a,1\n,b,2\n,a,3\n');
    const result = await sextant('--json', 'drift', '--reference', reference, '--current', current);
    expect(result.code).toBe(0);
    const statuses = (JSON.parse(result.stdout) as DriftReport).columns.map((column) => [
      column.name,
      column.status,
    ]);
    expect(statuses).toEqual([
      ['x', 'INSUFFICIENT_DATA'],
      ['y', 'OK'],
      ['only_ref', 'REFERENCE_ONLY'],
      ['only_cur', 'CURRENT_ONLY'],
    ]);
  });

  it('exits 1 with one line for a bad file, a bad option or a broken profile', async () => {
    const missing = await sextant('drift', '--reference', path('nope.csv'), '--current', y2015);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/^error: .*nope\.csv: no such file\n$/);
    const test = await sextant('drift', '--reference', y2012, '--current', y2015, '--test', 'temp_max=kss');
    expect(test.stderr).toMatch(/^error: --test: unknown test "kss" \(use one of .*ks.*\)\n$/);
    expect(test.code).toBe(1);
    const column = await sextant(
      '--json',
      'drift',
      '--reference',
      y2012,
      '--current',
      y2015,
      '--columns',
      'nope',
    );
    expect(column.code).toBe(1);
    expect(JSON.parse(column.stdout)).toMatchObject({ error: { code: 'COLUMN_MISSING' } });
    const bytes = await readFile(path('2012.sxprofile')).catch(() => undefined);
    const broken = path('broken.sxprofile');
    await writeFile(broken, bytes === undefined ? 'SXTPROF\0' : Buffer.from(bytes).subarray(0, 30));
    const profile = await sextant('drift', '--reference', broken, '--current', y2015);
    expect(profile.code).toBe(1);
    expect(profile.stderr).toMatch(/not a usable reference profile/);
    const nothing = await sextant('drift', '--reference', y2012);
    expect(nothing).toMatchObject({
      code: 1,
      stderr: 'error: give --current FILE to compare, or --save-profile FILE to build a profile\n',
    });
    const stray = await sextant('drift', '--reference', y2012, '--current', y2015, 'extra.json');
    expect(stray.stderr).toMatch(/unexpected argument "extra.json"/);
  });
});
