import type { Command } from 'commander';
import { rollbackAlias } from '../registry/rollback-alias.js';
import { cliActor } from './cli-actor.js';
import type { CliContext } from './cli-context.js';

/** `sextant rollback MODEL [--alias production]`: move an alias back one step in its history. */
export function registerRollbackCommand(program: Command, context: (command: Command) => CliContext): void {
  program
    .command('rollback')
    .description(
      'move an alias back to the version it served before its latest promotion (again: one more step back)',
    )
    .argument('<model>', 'model name')
    .option('--alias <alias>', 'the alias to roll back', 'production')
    .option('--reason <text>', 'why, for the alias history')
    .action(async (model: string, options: { alias: string; reason?: string }, command: Command) => {
      const ctx = context(command);
      const change = await ctx.withWorkspace((ws) =>
        rollbackAlias(ws.store.models, {
          modelName: model,
          alias: options.alias,
          actor: cliActor(ctx.io.env),
          reason: options.reason,
          at: ws.clock.now(),
        }),
      );
      ctx.print(
        change,
        () =>
          `rolled back ${model}@${change.alias}: version ${change.fromVersion} -> version ${change.toVersion}`,
      );
    });
}
