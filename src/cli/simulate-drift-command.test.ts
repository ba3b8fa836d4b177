import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
const folder = tempFolder('sextant-simulate-drift-');
const reference = folder.write(
  'weather-2012.csv',
  `${[weather[0], ...weather.filter((line) => line.startsWith('2012'))].join('\n')}\n`,
);
const path = (name: string) => `${folder.dir}/${name}`;

function sextant(...argv: string[]): Promise<CliResult> {
  return captureCli(['--home', path('.sextant'), ...argv], {}, folder.dir);
}

async function driftOf(current: string): Promise<{ code: number; report: DriftReport }> {
  const result = await sextant('--json', 'drift', '--reference', reference, '--current', current);
  return { code: result.code, report: JSON.parse(result.stdout) as DriftReport };
}

describe('sextant simulate-drift', () => {
  it("does what the seeds' script does by default, and sextant drift detects it", async () => {
    const result = await sextant('simulate-drift', reference, '--out', path('default.csv'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^.*weather-2012\.csv: 366 rows, 6 columns; seed 42\n/);
    expect(result.stdout).toMatch(/\nscaled temp_max by 1\.5-3x \(mean 15\.28 -> \d+\.\d+\)\n/);
    expect(result.stdout).toContain(
      '\noutliers in 37 rows (10.0%): precipitation, temp_max, temp_min, wind\n',
    );
    const drift = await driftOf(path('default.csv'));
    expect(drift.code).toBe(2);
    expect(drift.report.dataset.drift).toBe(true);
    const drifted = drift.report.columns.filter((column) => column.drifted).map((column) => column.name);
    expect(drifted).toEqual(['precipitation', 'temp_max', 'temp_min', 'wind']);
    expect(await readFile(path('default.csv'), 'utf8')).toMatch(
      /^date,precipitation,temp_max,temp_min,wind,weather\n/,
    );
  });

  it('writes the same file for the same seed and another file for another seed', async () => {
    const spec = ['--scale', 'wind=2:3', '--outliers', '0.05'];
    await sextant('simulate-drift', reference, '--out', path('a.csv'), ...spec, '--seed', '7');
    await sextant('simulate-drift', reference, '--out', path('b.csv'), ...spec, '--seed', '7');
    await sextant('simulate-drift', reference, '--out', path('c.csv'), ...spec, '--seed', '8');
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((n) => readFile(path(`${n}.csv`), 'utf8')));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('shifts only what it is told to: a category share moves and the numbers stay as they were', async () => {
    const result = await sextant(
      '--json',
      'simulate-drift',
      reference,
      '--out',
      path('shift.csv'),
      '--shift',
      'weather=0.4:snow',
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { changes: { kind: string; moved: number; to: string }[] };
    expect(summary.changes).toEqual([expect.objectContaining({ kind: 'shift', to: 'snow', moved: 146 })]);
    const drift = await driftOf(path('shift.csv'));
    const status = Object.fromEntries(drift.report.columns.map((column) => [column.name, column.drifted]));
    expect(status).toMatchObject({ weather: true, temp_max: false, wind: false, precipitation: false });
    expect(drift.code).toBe(0);
  });

  it('explains bad options and unknown columns in one line with exit 1', async () => {
    const bad = async (argv: string[], message: RegExp) => {
      const result = await sextant('simulate-drift', reference, ...argv);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
    };
    await bad(['--out', path('x.parquet')], /--out writes CSV: give a \.csv file/);
    await bad(['--out', path('x.csv'), '--scale', 'wind=3:2'], /--scale takes COL=MIN:MAX.*got "wind=3:2"/);
    await bad(['--out', path('x.csv'), '--scale', 'speed=2'], /column "speed" is not in the data/);
    await bad(['--out', path('x.csv'), '--outliers', '2'], /--outliers takes a share between 0 and 1/);
    await bad(['--out', path('x.csv'), '--shift', 'wind=0.2'], /shift applies to categorical and boolean/);
    await bad(['--out', path('x.csv'), '--seed', '-1'], /--seed takes a whole number/);
  });
});
