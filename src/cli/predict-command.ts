import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parseModelRef } from '../registry/parse-model-ref.js';
import { predictFile } from '../registry/predict-file.js';
import type { CliContext } from './cli-context.js';

/** `sextant predict MODEL[@ALIAS|:VERSION] --data FILE --out FILE`: batch prediction. */
export function registerPredictCommand(program: Command, context: (command: Command) => CliContext): void {
  program
    .command('predict')
    .description(
      'batch prediction: the input columns of every row plus label and class probabilities (or value)',
    )
    .argument(
      '<model>',
      'MODEL (its production alias, else its latest version), MODEL@ALIAS or MODEL:VERSION',
    )
    .requiredOption('--data <file>', 'rows to predict (CSV, TSV, JSON, JSONL, Parquet)')
    .requiredOption('--out <file>', 'where to write the predictions: .csv, .jsonl or .ndjson')
    .action(async (ref: string, options: { data: string; out: string }, command: Command) => {
      const ctx = context(command);
      const modelRef = parseModelRef(ref);
      const result = await ctx.withWorkspace((ws) =>
        predictFile(
          { models: ws.store.models, artifacts: ws.artifacts },
          {
            ref: modelRef,
            dataPath: resolve(ctx.io.cwd, options.data),
            outPath: resolve(ctx.io.cwd, options.out),
          },
        ),
      );
      ctx.print(
        result,
        () =>
          `wrote ${result.rows} predictions of ${result.model} version ${result.version} to ${result.outPath}`,
      );
    });
}
