import { Command, CommanderError } from 'commander';
import { ERROR_CATALOGUE } from '../core/error-catalogue.js';
import { isSextantError } from '../core/sextant-error.js';
import { registerAliasCommand } from './alias-command.js';
import { CliContext } from './cli-context.js';
import type { CliIo } from './cli-io.js';
import { registerDatasetsCommand } from './datasets-command.js';
import { registerDemoCommand } from './demo-command.js';
import { registerDriftCommand } from './drift-command.js';
import { registerModelsCommand } from './models-command.js';
import { registerMonitorCommand } from './monitor-command.js';
import { registerPredictCommand } from './predict-command.js';
import { registerRetrainCommand } from './retrain-command.js';
import { registerRollbackCommand } from './rollback-command.js';
import { registerRunsCommand } from './runs-command.js';
import { registerSchemaCommand } from './schema-command.js';
import { registerServeCommand } from './serve-command.js';
import { SEXTANT_VERSION } from './sextant-version.js';
import { registerSimulateDriftCommand } from './simulate-drift-command.js';
import { registerStatusCommand } from './status-command.js';
import { registerTokensCommand } from './tokens-command.js';
import { registerTrafficCommand } from './traffic-command.js';
import { registerTrainCommand } from './train-command.js';

/**
 * Runs one CLI invocation and returns its exit code instead of exiting, so tests can drive the real
 * command tree in process. Errors print one line (or a JSON object with --json), never a stack.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = new Command('sextant')
    .description('Sextant: train, register, serve, monitor, retrain and roll back ML models')
    .version(SEXTANT_VERSION, '-V, --version')
    .option('--home <dir>', 'workspace folder: SQLite database and artifacts (env SEXTANT_HOME)', undefined)
    .option('--database <url>', 'sqlite:PATH or postgres://... (env SEXTANT_DATABASE_URL)')
    .option('--json', 'machine-readable JSON output')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  const context = (command: Command) => new CliContext(io, command);
  registerStatusCommand(program, context);
  registerSchemaCommand(program, context);
  registerDatasetsCommand(program, context);
  // A command may end with a non-zero code that is not an error (drift: 2, as in the seeds' CronJobs).
  let exitCode = 0;
  registerDriftCommand(program, context, (code) => {
    exitCode = code;
  });
  registerMonitorCommand(program, context, (code) => {
    exitCode = code;
  });
  registerRunsCommand(program, context);
  registerTrainCommand(program, context);
  registerServeCommand(program, context);
  registerDemoCommand(program, context);
  registerModelsCommand(program, context);
  registerAliasCommand(program, context);
  registerRollbackCommand(program, context);
  registerTrafficCommand(program, context);
  registerTokensCommand(program, context);
  registerPredictCommand(program, context);
  registerRetrainCommand(program, context);
  registerSimulateDriftCommand(program, context);
  for (const command of allCommands(program))
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are exits too, with code 0; usage errors were already printed by commander.
      return error.exitCode === 0 ? 0 : 1;
    }
    const json = argv.includes('--json');
    if (isSextantError(error)) {
      report(io, json, error.toJSON());
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    report(io, json, { code: 'INTERNAL', message: `internal error: ${message}`, details: {} });
    if (io.env.SEXTANT_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return ERROR_CATALOGUE.INTERNAL.exit;
  }
}

function report(io: CliIo, json: boolean, error: { code: string; message: string; details: unknown }): void {
  if (json) io.stdout(`${JSON.stringify({ error })}\n`);
  else io.stderr(`error: ${error.message}\n`);
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((child) => [child, ...allCommands(child)]);
}
