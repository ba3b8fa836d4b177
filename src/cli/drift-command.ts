import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SextantError } from '../core/sextant-error.js';
import { parseSchemaFile } from '../data/parse-schema-file.js';
import { compareDriftFiles } from '../monitor/compare-drift-files.js';
import { driftStatisticCatalog } from '../monitor/drift-statistic-catalog.js';
import { renderDriftReportHtml } from '../monitor/render-drift-report-html.js';
import { encodeReferenceProfile } from '../stats/drift-profile/encode-reference-profile.js';
import type { CliContext } from './cli-context.js';
import { parseDriftSettings } from './parse-drift-settings.js';
import { createProgressBar } from './progress-bar.js';
import { renderDriftSummary } from './render-drift-summary.js';
import { splitList } from './split-list.js';

/** Files of at least this many rows get a progress bar on a terminal. */
const PROGRESS_MIN_ROWS = 1_000_000;
/** Exit code when the data set drifted (the seeds' CronJob convention). */
const EXIT_DRIFT = 2;

interface DriftCommandOptions {
  reference: string;
  current?: string;
  json?: boolean;
  html?: string;
  columns?: string;
  test?: string[];
  threshold?: string[];
  warn?: string[];
  fail?: string[];
  driftShare?: string;
  saveProfile?: string;
  profileValues?: string;
  schema?: string;
  threads?: string;
  progress?: boolean;
}

const many = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/**
 * `sextant drift`: compares a current data file with a reference (a data file or a saved profile),
 * prints a summary table (or, with the global --json and no file after it, the JSON report), writes
 * the JSON and HTML reports, and sets the exit code: 0 no dataset drift, 2 dataset drift, 1 error.
 * `--json FILE` writes the report to FILE (the global --json takes no value, so the file arrives as
 * the command's optional argument). See docs/drift.md.
 */
export function registerDriftCommand(
  program: Command,
  context: (command: Command) => CliContext,
  setExitCode: (code: number) => void,
): void {
  program
    .command('drift')
    .description('drift report of a current data file against a reference file or saved profile')
    .argument('[json-file]', 'with --json: write the JSON report to this file instead of stdout')
    .requiredOption(
      '--reference <file>',
      'reference data file (CSV, TSV, JSON, JSONL, Parquet) or saved profile',
    )
    .option('--current <file>', 'the data to check (omit to only --save-profile)')
    .option('--html <file>', 'write the HTML report here')
    .option('--columns <list>', 'comma-separated columns to compare (default: all)')
    .option('--test <spec>', 'NAME | COLUMN=NAME | type:TYPE=NAME, NAME[:OPTION=VALUE...] (repeatable)', many)
    .option('--threshold <spec>', 'drift threshold X | COLUMN=X | type:TYPE=X (repeatable)', many)
    .option('--warn <spec>', 'same as --threshold: the WARN level is the drift threshold', many)
    .option('--fail <spec>', 'FAIL level X | COLUMN=X | type:TYPE=X (repeatable)', many)
    .option(
      '--drift-share <share>',
      'dataset drift when this share of compared columns drifted (default 0.5)',
    )
    .option('--save-profile <file>', 'save the reference profile here, to pass as --reference next time')
    .option('--profile-values <n>', 'values kept per numeric column in a saved profile (default 100000)')
    .option('--schema <file>', 'schema file whose types win over inference on the reference')
    .option('--threads <n>', 'worker threads (default: available parallelism; 0: in process)')
    .option('--progress', 'always show progress bars on stderr')
    .option('--no-progress', 'never show progress bars')
    .action(async (jsonFile: string | undefined, options: DriftCommandOptions, command: Command) => {
      const ctx = context(command);
      if (jsonFile !== undefined && !ctx.json) {
        throw new SextantError(
          'INVALID_ARGUMENT',
          `unexpected argument "${jsonFile}" (did you mean --json ${jsonFile}?)`,
        );
      }
      if (options.current === undefined && options.saveProfile === undefined) {
        throw new SextantError(
          'INVALID_ARGUMENT',
          'give --current FILE to compare, or --save-profile FILE to build a profile',
        );
      }
      const settings = parseDriftSettings(
        {
          ...(options.columns === undefined ? {} : { columns: splitList(options.columns) ?? [] }),
          test: options.test ?? [],
          threshold: [...(options.threshold ?? []), ...(options.warn ?? [])],
          fail: options.fail ?? [],
          ...(options.driftShare === undefined ? {} : { driftShare: options.driftShare }),
        },
        driftStatisticCatalog,
      );
      const count = (value: string | undefined, flag: string, min: number): number | undefined => {
        if (value === undefined) return undefined;
        const number = Number(value);
        if (!Number.isInteger(number) || number < min) {
          throw new SextantError(
            'INVALID_ARGUMENT',
            `${flag} takes a whole number of at least ${min}, got "${value}"`,
          );
        }
        return number;
      };
      const threads = count(options.threads, '--threads', 0);
      const maxValues = count(options.profileValues, '--profile-values', 2);
      const overrides = options.schema === undefined ? undefined : await parseSchemaFile(options.schema);
      const bar = createProgressBar(ctx.io.stderr);
      const show = options.progress ?? process.stderr.isTTY === true;
      const labels = {
        reference: `reading ${options.reference}`,
        current: `reading ${options.current}`,
        compare: 'comparing columns',
      };
      let big = options.progress === true;
      const result = await compareDriftFiles({
        reference: options.reference,
        ...(options.current === undefined ? {} : { current: options.current }),
        settings,
        ...(overrides === undefined ? {} : { overrides }),
        ...(options.saveProfile === undefined
          ? {}
          : { profile: maxValues === undefined ? {} : { maxValues } }),
        ...(threads === undefined ? {} : { threads }),
        onProgress: (step, done, total) => {
          if (step !== 'compare' && total >= PROGRESS_MIN_ROWS) big = true;
          if (show && big) {
            if (done === 0 || (step === 'compare' && done === 1)) bar.finish();
            bar.update(labels[step], done, total);
          }
        },
      });
      bar.finish();
      if (result.status === 'error') throw result.error;
      const written: string[] = [];
      if (result.profile !== undefined && options.saveProfile !== undefined) {
        await writeFile(options.saveProfile, encodeReferenceProfile(result.profile));
        written.push(options.saveProfile);
      }
      const report = result.report;
      if (report !== undefined) {
        if (jsonFile !== undefined) {
          await writeFile(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
          written.push(jsonFile);
        }
        if (options.html !== undefined) {
          await writeFile(options.html, renderDriftReportHtml(report));
          written.push(options.html);
        }
      }
      const wrote = written.length === 0 ? '' : `\nwrote ${written.join(', ')}`;
      if (ctx.json && jsonFile === undefined) {
        ctx.io.stdout(
          `${JSON.stringify(report ?? { profile: options.saveProfile, columns: result.profile?.columns.length }, null, 2)}\n`,
        );
      } else if (report !== undefined) {
        ctx.io.stdout(`${renderDriftSummary(report)}${wrote}\n`);
      } else {
        ctx.io.stdout(
          `saved the reference profile of ${options.reference} (${result.profile?.columns.length ?? 0} columns)${wrote}\n`,
        );
      }
      setExitCode(report?.dataset.drift === true ? EXIT_DRIFT : 0);
    });
}
