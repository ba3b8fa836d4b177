import { availableParallelism } from 'node:os';
import { type Command, Option } from 'commander';
import { SextantError } from '../core/sextant-error.js';
import { openWorkspace } from '../platform/open-workspace.js';
import { DEFAULT_SERVE_OPTIONS, type ServeOptions } from '../platform/serve-options.js';
import type { CliContext } from './cli-context.js';
import { parsePositiveInt } from './parse-positive-int.js';

interface ServeFlags {
  port: string;
  host: string;
  model?: string;
  alias: string;
  publicPredict?: boolean;
  publicRead?: boolean;
  maxBatch: string;
  bodyLimit: string;
  pollSeconds: string;
  strictCategories?: boolean;
  scheduler: boolean;
  fastPath: boolean;
  workers: string;
  logLevel: ServeOptions['logLevel'];
}

/** `sextant serve`: the prediction and admin API, metrics, docs and dashboard, until SIGTERM. */
export function registerServeCommand(program: Command, context: (command: Command) => CliContext): void {
  const d = DEFAULT_SERVE_OPTIONS;
  program
    .command('serve')
    .description('serve predictions, feedback, the registry and admin API, /metrics, /docs and the dashboard')
    .option('--port <n>', 'TCP port (0: any free port)', String(d.port))
    .option('--host <address>', 'address to bind; only this machine by default', d.host)
    .option('--model <name>', 'the model POST /predict serves (default: the only registered model)')
    .option('--alias <alias>', 'the alias that serves each model', d.alias)
    .option('--public-predict', 'allow predict routes without a token')
    .option('--public-read', 'allow registry and monitoring reads (the dashboard data) without a token')
    .option('--max-batch <n>', 'most instances per prediction request', String(d.maxBatch))
    .option('--body-limit <bytes>', 'largest request body', String(d.bodyLimit))
    .option(
      '--poll-seconds <n>',
      'how often to check the registry for alias changes',
      String(d.pollIntervalMs / 1000),
    )
    .option('--strict-categories', 'reject categories not seen in training (default: encode them as unknown)')
    .option('--no-scheduler', 'do not run scheduled monitoring and retraining in this process')
    .option('--no-fast-path', 'route every prediction through Fastify (same answers, lower throughput)')
    .option(
      '--workers <n>',
      'server processes sharing the port, one core each ("auto": one per core)',
      String(d.workers),
    )
    .addOption(
      new Option('--log-level <level>', 'server log level')
        .choices(['debug', 'info', 'warn', 'error', 'silent'])
        .default(d.logLevel),
    )
    .action(async (flags: ServeFlags, command: Command) => {
      const ctx = context(command);
      const { launchServer, stopSignal } = ctx.io;
      if (launchServer === undefined || stopSignal === undefined)
        throw new SextantError('CONFIG_INVALID', 'this build of the CLI cannot start a server');
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new SextantError(
          'INVALID_ARGUMENT',
          `--port must be 0..65535, got ${JSON.stringify(flags.port)}`,
        );
      const options: ServeOptions = {
        ...d,
        host: flags.host,
        port,
        alias: flags.alias,
        defaultModel: flags.model,
        publicPredict: flags.publicPredict === true,
        publicRead: flags.publicRead === true,
        maxBatch: parsePositiveInt('--max-batch', flags.maxBatch),
        bodyLimit: parsePositiveInt('--body-limit', flags.bodyLimit),
        pollIntervalMs: parsePositiveInt('--poll-seconds', flags.pollSeconds) * 1000,
        strictCategories: flags.strictCategories === true,
        scheduler: flags.scheduler,
        fastPath: flags.fastPath,
        logLevel: flags.logLevel,
        workers:
          flags.workers === 'auto' ? availableParallelism() : parsePositiveInt('--workers', flags.workers),
      };
      const workspace = await openWorkspace(ctx.config());
      try {
        const server = await launchServer(workspace, options);
        if (server.announce !== false)
          ctx.print({ url: server.url, workers: options.workers }, () =>
            options.workers > 1
              ? `sextant serving on ${server.url} with ${options.workers} worker processes (docs: ${server.url}/docs)`
              : `sextant serving on ${server.url} (docs: ${server.url}/docs)`,
          );
        const signal = await stopSignal();
        // The primary of `--workers N` says it once for all its workers.
        if (server.announce !== false) ctx.io.stderr(`${signal}: draining and stopping\n`);
        await server.close();
      } finally {
        await workspace.close();
      }
    });
}
