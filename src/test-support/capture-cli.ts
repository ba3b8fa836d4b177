import type { CliIo } from '../cli/cli-io.js';
import { runCli } from '../cli/run-cli.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the real CLI in process with the given environment and working directory, capturing its output.
 * `extras` hands it what only an entry point can: the server launcher (`serve`, `demo`; the layer rule
 * keeps the CLI from importing the server) and the stop signal.
 */
export async function captureCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  extras: Pick<CliIo, 'launchServer' | 'stopSignal'> = {},
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    ...extras,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env,
    cwd,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
