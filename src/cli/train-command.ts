import { type Command, Option } from 'commander';
import { SextantError } from '../core/sextant-error.js';
import { trainModel } from '../jobs/train-model.js';
import { ALGORITHMS, type Algorithm } from '../learn/trained-model.js';
import { detectGitCommit } from '../platform/detect-git-commit.js';
import type { CliContext } from './cli-context.js';
import { createProgressBar } from './progress-bar.js';
import { renderTable } from './render-table.js';
import { splitList } from './split-list.js';

interface TrainOptions {
  data: string;
  target: string;
  name: string;
  algorithm?: Algorithm;
  text?: string;
  categorical?: string;
  numeric?: string;
  datetime?: string;
  exclude?: string;
  only?: boolean;
  schema?: string;
  param?: string[];
  holdout: string;
  seed: string;
  alias?: string;
  description?: string;
}

/** `sextant train`: train, evaluate on a holdout, track the run, register a version. */
export function registerTrainCommand(program: Command, context: (command: Command) => CliContext): void {
  program
    .command('train')
    .description(
      'train a model, evaluate it on a holdout beside a dummy baseline, record the run, register a version',
    )
    .requiredOption('--data <file>', 'training data (CSV, TSV, JSON, JSONL, Parquet)')
    .requiredOption(
      '--target <column>',
      'the column to predict (categorical/boolean: classification; numeric: regression)',
    )
    .requiredOption('--name <model>', 'registered model name')
    .addOption(
      new Option('--algorithm <name>', 'default: logistic for classes, linear for numbers').choices(
        ALGORITHMS,
      ),
    )
    .option('--text <columns>', 'comma-separated columns to featurize as text (TF-IDF)')
    .option('--categorical <columns>', 'comma-separated columns to one-hot encode')
    .option('--numeric <columns>', 'comma-separated columns to standardize as numbers')
    .option('--datetime <columns>', 'comma-separated columns to split into date parts')
    .option('--exclude <columns>', 'comma-separated columns never to use (ids, leaks)')
    .option('--only', 'use only the columns named in --text/--categorical/--numeric/--datetime')
    .option('--schema <file>', 'a schema file whose column types win over inference')
    .option('--param <key=value...>', 'algorithm parameters, e.g. c=0.5 class_weight=balanced max_iter=200')
    .option('--holdout <share>', 'share of rows held out for evaluation', '0.2')
    .option('--seed <n>', 'seed of the split and of any randomness in training', '42')
    .option('--alias <alias>', 'point this alias (e.g. production) at the new version')
    .option('--description <text>', 'description of the new version')
    .action(async (options: TrainOptions, command: Command) => {
      const ctx = context(command);
      const quiet = ctx.json;
      const bar = createProgressBar(ctx.io.stderr);
      const showBar = !quiet && process.stderr.isTTY === true;
      const gitCommit = await detectGitCommit(ctx.io.cwd);
      const result = await ctx.withWorkspace((ws) =>
        trainModel(
          {
            datasets: ws.store.datasets,
            runs: ws.store.runs,
            models: ws.store.models,
            artifacts: ws.artifacts,
            clock: ws.clock,
            ...(quiet
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
            dataPath: options.data,
            target: options.target,
            modelName: options.name,
            algorithm: options.algorithm,
            features: {
              ...(options.text ? { text: splitList(options.text) } : {}),
              ...(options.categorical ? { categorical: splitList(options.categorical) } : {}),
              ...(options.numeric ? { numeric: splitList(options.numeric) } : {}),
              ...(options.datetime ? { datetime: splitList(options.datetime) } : {}),
              ...(options.exclude ? { exclude: splitList(options.exclude) } : {}),
              ...(options.only ? { only: true } : {}),
            },
            schemaFile: options.schema,
            params: parseParams(options.param ?? []),
            holdoutShare: Number(options.holdout),
            seed: parseSeed(options.seed),
            alias: options.alias,
            description: options.description,
            gitCommit,
          },
        ),
      );
      bar.finish();
      if (result.status === 'failed') {
        const error = result.error ?? { code: 'INTERNAL', message: 'training failed' };
        throw new SextantError(error.code as 'INTERNAL', error.message, {
          runId: result.runId ?? null,
          steps: result.steps,
        });
      }
      ctx.print(result, () => {
        const v = result.version!;
        const names = Object.keys(result.metrics ?? {});
        return [
          `registered ${v.modelName} version ${v.version} (run ${result.runId})`,
          renderTable(
            ['metric', 'holdout', 'baseline'],
            names.map((n) => [n, result.metrics?.[n]?.toFixed(4), result.baselineMetrics?.[n]?.toFixed(4)]),
          ),
        ].join('\n');
      });
    });
}

function parseParams(pairs: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const match = /^([a-z_][a-z0-9_]*)=(.+)$/.exec(pair);
    if (match === null)
      throw new SextantError('INVALID_ARGUMENT', `--param ${JSON.stringify(pair)} is not key=value`);
    params[match[1]!] = match[2]!;
  }
  return params;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0)
    throw new SextantError('INVALID_ARGUMENT', `--seed must be a non-negative integer`);
  return seed;
}
