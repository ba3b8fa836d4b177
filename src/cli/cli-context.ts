import type { Command } from 'commander';
import { openWorkspace } from '../platform/open-workspace.js';
import { resolveConfig, type SextantConfig } from '../platform/sextant-config.js';
import type { Workspace } from '../platform/workspace.js';
import type { CliIo } from './cli-io.js';

interface GlobalOptions {
  home?: string;
  database?: string;
  json?: boolean;
}

/**
 * What a command's action needs: the global options, the workspace, and one way to print a result
 * either for people or, with `--json`, for machines.
 */
export class CliContext {
  constructor(
    readonly io: CliIo,
    private readonly command: Command,
  ) {}

  private get globals(): GlobalOptions {
    return this.command.optsWithGlobals<GlobalOptions>();
  }

  get json(): boolean {
    return this.globals.json === true;
  }

  config(): SextantConfig {
    const { home, database } = this.globals;
    return resolveConfig({ home, database }, this.io.env, this.io.cwd);
  }

  /** Opens the workspace, runs `work`, and always closes it again. */
  async withWorkspace<T>(work: (workspace: Workspace) => Promise<T>): Promise<T> {
    const workspace = await openWorkspace(this.config());
    try {
      return await work(workspace);
    } finally {
      await workspace.close();
    }
  }

  /** Prints `value` as JSON with --json, otherwise the human text `human()` renders. */
  print(value: unknown, human: () => string): void {
    if (this.json) this.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
    else this.io.stdout(`${human()}\n`);
  }
}
