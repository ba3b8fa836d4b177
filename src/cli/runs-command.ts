import { type Command, Option } from 'commander';
import type { Run, RunKind } from '../core/entities/run.js';
import type { CliContext } from './cli-context.js';
import { parsePositiveInt } from './parse-positive-int.js';
import { renderTable } from './render-table.js';

const RUN_KINDS: readonly RunKind[] = ['train', 'retrain', 'monitor', 'evaluate'];

/** `sextant runs list|show`: the run history (training, retraining, monitoring). */
export function registerRunsCommand(program: Command, context: (command: Command) => CliContext): void {
  const runs = program.command('runs').description('tracked runs: training, retraining, monitoring');

  runs
    .command('list')
    .description('list runs, newest first')
    .addOption(new Option('--kind <kind>', 'only runs of this kind').choices(RUN_KINDS))
    .option('--model <name>', 'only runs of this model')
    .option('--limit <n>', 'at most this many runs', '20')
    .action(async (options: { kind?: RunKind; model?: string; limit: string }, command: Command) => {
      const ctx = context(command);
      const limit = parsePositiveInt('--limit', options.limit);
      const list = await ctx.withWorkspace((ws) =>
        ws.store.runs.listRuns({
          limit,
          ...(options.kind ? { kind: options.kind } : {}),
          ...(options.model ? { modelName: options.model } : {}),
        }),
      );
      ctx.print(list, () =>
        list.length === 0
          ? 'no runs yet: train a model with `sextant train`'
          : renderTable(
              ['id', 'kind', 'model', 'status', 'started', 'duration', 'headline metric'],
              list.map((r) => [
                r.id.slice(0, 8),
                r.kind,
                r.modelName,
                r.status,
                r.startedAt.toISOString(),
                r.durationMs === null ? null : `${(r.durationMs / 1000).toFixed(1)} s`,
                headline(r),
              ]),
            ),
      );
    });

  runs
    .command('show')
    .description('show one run: params, metrics, lineage, outcome')
    .argument('<id>', 'run id, or a unique prefix of at least 8 characters')
    .action(async (id: string, _options: unknown, command: Command) => {
      const ctx = context(command);
      const run = await ctx.withWorkspace(async (ws) => {
        if (id.length >= 36) return ws.store.runs.getRun(id);
        const matches = (await ws.store.runs.listRuns({ limit: 100_000 })).filter((r) => r.id.startsWith(id));
        return matches.length === 1 && id.length >= 8 ? (matches[0] as Run) : ws.store.runs.getRun(id);
      });
      ctx.print(run, () => describeRun(run));
    });
}

function headline(run: Run): string | null {
  const [name, value] = Object.entries(run.metrics)[0] ?? [];
  return name === undefined || value === undefined ? null : `${name} ${value.toFixed(4)}`;
}

function describeRun(r: Run): string {
  const json = (value: unknown) => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  return [
    `run ${r.id} (${r.kind}) ${r.status}`,
    `  model     ${r.modelName ?? '-'}`,
    `  started   ${r.startedAt.toISOString()}`,
    `  finished  ${r.finishedAt?.toISOString() ?? '-'}${r.durationMs === null ? '' : ` (${(r.durationMs / 1000).toFixed(2)} s)`}`,
    `  git       ${r.gitCommit ?? '-'}`,
    `  datasets  ${r.datasetVersionIds.join(', ') || '-'}`,
    `  artifact  ${r.artifactKey ?? '-'}`,
    ...(r.error ? [`  error     ${r.error}`] : []),
    `  params    ${json(r.params)}`,
    `  metrics   ${json(r.metrics)}`,
    `  result    ${json(r.result)}`,
  ].join('\n');
}
