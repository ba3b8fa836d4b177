import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { SextantError } from '../core/sextant-error.js';
import { retrainModel } from '../jobs/retrain-model.js';
import { detectGitCommit } from '../platform/detect-git-commit.js';
import type { CliContext } from './cli-context.js';
import { parsePositiveInt } from './parse-positive-int.js';
import { createProgressBar } from './progress-bar.js';

interface RetrainOptions {
  new: string[];
  promoteIfBetter?: boolean;
  margin: string;
  mode: 'fixed' | 'rolling';
  maxRows?: string;
  productionDays: string;
}

/**
 * `sextant retrain MODEL --new FILE...`: combine the reference (or the last combined data) with new
 * batches, train a candidate the way production was trained, score both on the same rows, and with
 * --promote-if-better move production when the candidate clears the margin.
 */
export function registerRetrainCommand(program: Command, context: (command: Command) => CliContext): void {
  program
    .command('retrain')
    .description(
      'combine reference + new data, train a candidate, compare it with production, promote if better',
    )
    .argument('<model>', 'model name (its production version is the one to beat)')
    .requiredOption(
      '--new <files...>',
      'new data files with the reference columns (CSV, TSV, JSON, JSONL, Parquet)',
    )
    .option('--promote-if-better', 'move production to the candidate when it clears the margin')
    .option('--margin <x>', 'how much better the candidate must be on the primary metric', '0.01')
    .addOption(
      new Option('--mode <mode>', 'fixed: reference + new; rolling: last combined data + new')
        .choices(['fixed', 'rolling'])
        .default('fixed'),
    )
    .option('--max-rows <n>', 'rolling mode: keep only the newest N rows of the combined data')
    .option(
      '--production-days <days>',
      'labelled production predictions of the last DAYS days join the evaluation',
      '30',
    )
    .action(async (model: string, options: RetrainOptions, command: Command) => {
      const ctx = context(command);
      const margin = parseNumber('--margin', options.margin);
      const productionDays = parseNumber('--production-days', options.productionDays);
      const maxRows =
        options.maxRows === undefined ? undefined : parsePositiveInt('--max-rows', options.maxRows);
      const bar = createProgressBar(ctx.io.stderr);
      const showBar = !ctx.json && process.stderr.isTTY === true;
      const gitCommit = await detectGitCommit(ctx.io.cwd);
      const result = await ctx.withWorkspace((ws) =>
        retrainModel(
          {
            datasets: ws.store.datasets,
            runs: ws.store.runs,
            models: ws.store.models,
            predictions: ws.store.predictions,
            artifacts: ws.artifacts,
            clock: ws.clock,
            ...(ctx.json
              ? {}
              : {
                  onStep: (s) =>
                    ctx.io.stderr(
                      `  ${s.status === 'succeeded' ? 'ok  ' : 'FAIL'} ${s.name.padEnd(9)} ${s.detail ?? ''}\n`,
                    ),
                }),
            ...(showBar ? { onProgress: (done, total) => bar.update('boosting', done, total) } : {}),
          },
          {
            modelName: model,
            newPaths: options.new.map((path) => resolve(ctx.io.cwd, path)),
            mode: options.mode,
            maxRows,
            promoteIfBetter: options.promoteIfBetter === true,
            margin,
            productionDays,
            gitCommit,
          },
        ),
      );
      bar.finish();
      if (result.status === 'failed') {
        const error = result.error ?? { code: 'INTERNAL', message: 'retraining failed' };
        throw new SextantError(error.code as 'INTERNAL', error.message, {
          runId: result.runId ?? null,
          steps: result.steps,
        });
      }
      ctx.print(result, () => {
        const d = result.decision!;
        const verdict = d.promoted
          ? `promoted ${model} version ${d.candidateVersion} to production (was version ${d.productionVersion})`
          : `kept ${model} version ${d.productionVersion} in production; candidate version ${d.candidateVersion} is registered without an alias`;
        return [
          verdict,
          `  ${d.reason}`,
          `  evaluated on ${d.evaluatedOn.holdoutRows} holdout + ${d.evaluatedOn.productionRows} production rows (run ${result.runId})`,
        ].join('\n');
      });
    });
}

function parseNumber(option: string, value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `${option} must be a non-negative number, got ${JSON.stringify(value)}`,
    );
  }
  return parsed;
}
