import type { Command } from 'commander';
import { SextantError } from '../core/sextant-error.js';
import { pushToGateway } from '../monitor/push-to-gateway.js';
import { renderMonitoringMetrics } from '../monitor/render-monitoring-metrics.js';
import { createLoop } from '../platform/create-loop.js';
import type { CliContext } from './cli-context.js';
import { parseDuration } from './parse-duration.js';

/** The seeds' CronJob convention: a FAIL makes the Job fail, so Kubernetes shows it. */
const EXIT_FAIL = 2;

interface MonitorOptions {
  window: string;
  alias: string;
  pushgateway?: string;
  autoRollback: boolean;
  watch: string;
  margin: string;
}

/** `sextant monitor MODEL`: one monitoring run; exit 2 when its status is FAIL. */
export function registerMonitorCommand(
  program: Command,
  context: (command: Command) => CliContext,
  setExitCode: (code: number) => void,
): void {
  program
    .command('monitor')
    .description(
      'one monitoring run: drift of logged inputs and predictions, data quality, live performance; exit 2 on FAIL',
    )
    .argument('<model>', 'registered model name')
    .option('--window <duration>', 'how far back logged predictions are read', '24h')
    .option('--alias <alias>', 'the alias whose version is monitored', 'production')
    .option('--pushgateway <url>', 'push the gauges to a Prometheus Pushgateway')
    .option('--no-auto-rollback', 'never move the alias back, even right after a bad promotion')
    .option('--watch <duration>', 'a promotion this recent is rolled back when it crosses a limit', '24h')
    .option(
      '--margin <number>',
      'live metric below training by more than this is WARN, twice is FAIL',
      '0.05',
    )
    .action(async (model: string, options: MonitorOptions, command: Command) => {
      const ctx = context(command);
      const windowMs = parseDuration('--window', options.window);
      const watchMs = parseDuration('--watch', options.watch);
      const margin = Number(options.margin);
      if (!(margin >= 0))
        throw new SextantError(
          'INVALID_ARGUMENT',
          `--margin must be a number >= 0, got ${JSON.stringify(options.margin)}`,
        );
      const outcome = await ctx.withWorkspace(async (ws) => {
        const loop = createLoop(ws, { env: ctx.io.env });
        const result = await loop.monitor(
          model,
          {
            alias: options.alias,
            windowMs,
            performanceMargin: margin,
            autoRollback: options.autoRollback ? { watchMs } : false,
          },
          ctx.json
            ? undefined
            : (s) =>
                ctx.io.stderr(
                  `  ${s.status === 'succeeded' ? 'ok  ' : 'FAIL'} ${s.name.padEnd(11)} ${s.detail ?? ''}\n`,
                ),
        );
        const push =
          options.pushgateway && result.report
            ? await pushToGateway({
                url: options.pushgateway,
                job: 'sextant_monitor',
                model,
                body: renderMonitoringMetrics([result.report]),
              })
            : undefined;
        return { result, push };
      });
      const { result, push } = outcome;
      if (result.status === 'failed') {
        throw new SextantError(
          (result.error?.code ?? 'INTERNAL') as 'INTERNAL',
          result.error?.message ?? 'monitoring failed',
        );
      }
      const summary = result.report?.summary as Record<string, unknown>;
      ctx.print({ ...result, push }, () =>
        [
          `${model} version ${result.report?.version}: ${result.report?.status}`,
          `  drift: ${summary.driftStatus ?? 'not judged'} (${summary.driftedColumns}/${summary.columnCount} input columns drifted), prediction drift ${summary.predictionDriftStatus ?? 'n/a'}`,
          `  live ${(summary.liveMetric as { name: string; value: number } | null)?.name ?? 'metric'}: ${(summary.liveMetric as { value: number } | null)?.value?.toFixed(4) ?? 'n/a'} (training ${typeof summary.trainingMetric === 'number' ? summary.trainingMetric.toFixed(4) : 'n/a'}), label coverage ${((summary.labelCoverage as number) * 100).toFixed(1)}% of ${summary.predictionCount} predictions`,
          ...(result.rollback ? [`  ROLLED BACK: ${result.rollback.reason}`] : []),
          ...(push
            ? [push.ok ? `  pushed to ${push.url}` : `  push to ${push.url} failed: ${push.error}`]
            : []),
        ].join('\n'),
      );
      setExitCode(result.report?.status === 'FAIL' ? EXIT_FAIL : 0);
    });
}
