import type { Command } from 'commander';
import { SextantError } from '../core/sextant-error.js';
import { openWorkspace } from '../platform/open-workspace.js';
import { type DemoResult, runDemo } from '../platform/run-demo.js';
import { DEFAULT_SERVE_OPTIONS } from '../platform/serve-options.js';
import type { CliContext } from './cli-context.js';
import { parsePositiveInt } from './parse-positive-int.js';

interface DemoFlags {
  port: string;
  host: string;
  fresh?: boolean;
  exit?: boolean;
  rows: string;
  labelShare: string;
}

/**
 * `sextant demo` (what `npm start` runs): the whole loop on real public data in the workspace, step
 * by step: train, serve, replay later traffic with feedback, monitor, retrain, promote, hot-reload;
 * then it keeps serving the dashboard until SIGTERM / SIGINT, or stops at once with --exit.
 */
export function registerDemoCommand(program: Command, context: (command: Command) => CliContext): void {
  program
    .command('demo')
    .description(
      'build a demo from real public data and run the whole loop: train, serve, replay traffic, detect drift, retrain, promote, reload',
    )
    .option('--port <n>', 'TCP port of the server (0: any free port)', String(DEFAULT_SERVE_OPTIONS.port))
    .option('--host <address>', 'address to bind', DEFAULT_SERVE_OPTIONS.host)
    .option('--fresh', "delete the demo's models (tickets, weather) first instead of adding versions")
    .option('--exit', 'stop the server after the loop instead of serving on (tests, CI)')
    .option('--rows <n>', 'reference tickets; the later, drifted period is half as many', '2000')
    .option('--label-share <share>', 'share of replayed predictions whose true label is sent back', '0.8')
    .action(async (flags: DemoFlags, command: Command) => {
      const ctx = context(command);
      const { launchServer, stopSignal } = ctx.io;
      if (launchServer === undefined || (flags.exit !== true && stopSignal === undefined))
        throw new SextantError('CONFIG_INVALID', 'this build of the CLI cannot start a server');
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new SextantError(
          'INVALID_ARGUMENT',
          `--port must be 0..65535, got ${JSON.stringify(flags.port)}`,
        );
      const ticketRows = parsePositiveInt('--rows', flags.rows);
      if (ticketRows < 100) throw new SextantError('INVALID_ARGUMENT', '--rows must be at least 100');
      const labelShare = Number(flags.labelShare);
      if (!(labelShare > 0 && labelShare <= 1))
        throw new SextantError(
          'INVALID_ARGUMENT',
          `--label-share must be within (0, 1], got ${JSON.stringify(flags.labelShare)}`,
        );
      const say = ctx.json ? () => undefined : (line: string) => ctx.io.stdout(`${line}\n`);
      // Listen for SIGTERM / SIGINT from the start: a stop during the loop (CI's smoke test stops it as
      // soon as the dashboard answers) ends it at the next step, drains the server and exits 0.
      const stopping = new AbortController();
      const stopped = stopSignal?.().then((signal) => {
        stopping.abort(signal);
        return signal;
      });
      const workspace = await openWorkspace(ctx.config());
      try {
        let result: DemoResult;
        try {
          result = await runDemo(
            { workspace, launchServer, say },
            {
              host: flags.host,
              port,
              fresh: flags.fresh === true,
              exit: flags.exit === true,
              ticketRows,
              labelShare,
              cwd: ctx.io.cwd,
              signal: stopping.signal,
            },
          );
        } catch (error) {
          if (stopping.signal.aborted) {
            ctx.io.stderr(`${String(stopping.signal.reason)}: stopping the demo before the loop ended\n`);
            return;
          }
          if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
            throw new SextantError(
              'INVALID_ARGUMENT',
              `${flags.host}:${port} is in use: stop what listens there or pass --port N (0: any free port)`,
            );
          throw error;
        }
        try {
          const { server, ...shown } = result;
          ctx.print(shown, () => finalLines(result, flags.exit === true));
          if (flags.exit !== true && stopped !== undefined) {
            const signal = await stopped;
            ctx.io.stderr(`${signal}: draining and stopping\n`);
          }
        } finally {
          await result.server.close();
        }
      } finally {
        await workspace.close();
      }
    });
}

function finalLines(result: DemoResult, exit: boolean): string {
  const drifted = result.models.find((m) => m.report.status !== 'OK')?.model ?? result.models[0]?.model;
  return [
    `[8/8] dashboard ${result.dashboardUrl} (drift: ${result.url}/#/drift/${drifted}); admin actions take the token above`,
    `the loop took ${(result.loopMs / 1000).toFixed(1)} s; ${exit ? '--exit: stopping the server' : 'serving until Ctrl-C (SIGINT) or SIGTERM, then draining'}`,
  ].join('\n');
}
