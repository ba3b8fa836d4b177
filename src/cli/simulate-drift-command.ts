import { extname } from 'node:path';
import type { Command } from 'commander';
import { SextantError } from '../core/sextant-error.js';
import { frameToRecords } from '../data/frame-to-records.js';
import { readFrame } from '../data/read-frame.js';
import {
  type DriftChange,
  type DriftSimulation,
  type ScaleSpec,
  type ShiftSpec,
  simulateDrift,
} from '../data/simulate-drift.js';
import { writeCsv } from '../data/write-csv.js';
import type { CliContext } from './cli-context.js';
import { splitList } from './split-list.js';

interface SimulateDriftOptions {
  out: string;
  scale?: string[];
  outliers?: string;
  outlierColumns?: string;
  shift?: string[];
  seed?: string;
}

/** What the seeds' create_drift_raw_data.py does when no option says otherwise. */
const SEED_DEFAULTS = { scale: [{ min: 1.5, max: 3 }], outliers: 0.1 } as const;
const DEFAULT_SEED = 42;

const many = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/**
 * `sextant simulate-drift FILE --out FILE`: writes a drifted copy of a data file (the seeds'
 * `create_drift_raw_data.py`) so drift detection and alerting can be tried before real drift comes.
 * With no --scale, --outliers or --shift it does what the seeds' script does: every numeric column
 * scaled by 1.5-3x and 10 % of rows turned into outliers.
 */
export function registerSimulateDriftCommand(
  program: Command,
  context: (command: Command) => CliContext,
): void {
  program
    .command('simulate-drift')
    .description(
      "write a drifted copy of a data file for testing (the seeds' create_drift_raw_data.py); with no " +
        '--scale, --outliers or --shift: --scale 1.5:3 (every numeric column) --outliers 0.1',
    )
    .argument('<file>', 'the data file to drift (CSV, TSV, JSON, JSONL, Parquet)')
    .requiredOption('--out <file>', 'the drifted CSV file to write')
    .option(
      '--scale <spec>',
      'COL=MIN:MAX, COL=FACTOR, or MIN:MAX for every numeric column (repeatable)',
      many,
    )
    .option('--outliers <share>', 'share of rows (0..1) whose numeric values become extreme outliers')
    .option(
      '--outlier-columns <list>',
      'comma-separated numeric columns for --outliers (default: all numeric)',
    )
    .option(
      '--shift <spec>',
      'COL=SHARE[:LABEL]: move SHARE of rows to LABEL (default: the rarest) (repeatable)',
      many,
    )
    .option('--seed <n>', `random seed; the same seed gives the same file (default ${DEFAULT_SEED})`)
    .action(async (file: string, options: SimulateDriftOptions, command: Command) => {
      const ctx = context(command);
      if (extname(options.out).toLowerCase() !== '.csv') {
        throw new SextantError(
          'INVALID_ARGUMENT',
          `--out writes CSV: give a .csv file, got "${options.out}"`,
        );
      }
      const simulation = parseSimulation(options);
      const { frame } = await readFrame(file);
      const result = simulateDrift(frame, simulation);
      await writeCsv(options.out, frameToRecords(result.frame));
      const seed = simulation.seed ?? DEFAULT_SEED;
      ctx.print(
        { input: file, output: options.out, rows: frame.rowCount, seed, changes: result.changes },
        () =>
          [
            `${file}: ${frame.rowCount} rows, ${frame.columns.length} columns; seed ${seed}`,
            ...result.changes.map(describe),
            `wrote ${options.out}`,
          ].join('\n'),
      );
    });
}

function parseSimulation(options: SimulateDriftOptions): DriftSimulation {
  const seed = options.seed === undefined ? DEFAULT_SEED : Number(options.seed);
  if (!Number.isInteger(seed) || seed < 0) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `--seed takes a whole number of at least 0, got "${options.seed}"`,
    );
  }
  const given = options.scale !== undefined || options.outliers !== undefined || options.shift !== undefined;
  if (!given) return { ...SEED_DEFAULTS, ...outlierColumns(options), seed };
  return {
    scale: (options.scale ?? []).map(parseScale),
    outliers: options.outliers === undefined ? 0 : parseShare('--outliers', options.outliers),
    ...outlierColumns(options),
    shift: (options.shift ?? []).map(parseShift),
    seed,
  };
}

function outlierColumns(options: SimulateDriftOptions): Pick<DriftSimulation, 'outlierColumns'> {
  const columns = splitList(options.outlierColumns);
  return columns === undefined ? {} : { outlierColumns: columns };
}

function parseScale(spec: string): ScaleSpec {
  const at = spec.lastIndexOf('=');
  const column = at < 0 ? undefined : spec.slice(0, at);
  const range = spec.slice(at + 1).split(':');
  const [min, max = min] = range.map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  if (column === '' || range.length > 2 || !Number.isFinite(min) || !Number.isFinite(max) || min! > max!) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `--scale takes COL=MIN:MAX, COL=FACTOR or MIN:MAX with MIN <= MAX, got "${spec}"`,
    );
  }
  return { ...(column === undefined ? {} : { column }), min: min!, max: max! };
}

function parseShift(spec: string): ShiftSpec {
  const at = spec.indexOf('=');
  const colon = spec.indexOf(':', at + 1);
  const column = spec.slice(0, Math.max(at, 0));
  if (at <= 0) throw new SextantError('INVALID_ARGUMENT', `--shift takes COL=SHARE[:LABEL], got "${spec}"`);
  const share = parseShare('--shift', spec.slice(at + 1, colon < 0 ? undefined : colon));
  return { column, share, ...(colon < 0 ? {} : { to: spec.slice(colon + 1) }) };
}

function parseShare(flag: string, text: string): number {
  const share = text.trim() === '' ? Number.NaN : Number(text);
  if (!(share >= 0 && share <= 1)) {
    throw new SextantError('INVALID_ARGUMENT', `${flag} takes a share between 0 and 1, got "${text}"`);
  }
  return share;
}

function describe(change: DriftChange): string {
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  const number = (value: number) => (Number.isFinite(value) ? value.toPrecision(4) : 'n/a');
  switch (change.kind) {
    case 'scale':
      return `scaled ${change.column} by ${change.min}-${change.max}x (mean ${number(change.meanBefore)} -> ${number(change.meanAfter)})`;
    case 'outliers':
      return `outliers in ${change.rows} rows (${percent(change.share)}): ${change.columns.join(', ') || 'no numeric column'}`;
    case 'shift':
      return `shifted ${change.moved} rows of ${change.column} to "${change.to}" (share ${percent(change.shareBefore)} -> ${percent(change.shareAfter)})`;
  }
}
