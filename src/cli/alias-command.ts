import type { Command } from 'commander';
import { setAlias } from '../registry/set-alias.js';
import { cliActor } from './cli-actor.js';
import type { CliContext } from './cli-context.js';
import { parsePositiveInt } from './parse-positive-int.js';

/** `sextant alias set MODEL ALIAS VERSION`: promote a version, recorded in alias history. */
export function registerAliasCommand(program: Command, context: (command: Command) => CliContext): void {
  const alias = program.command('alias').description('move model aliases (production, staging, ...)');

  alias
    .command('set')
    .description('point an alias at a version; the move is recorded with who, when and why')
    .argument('<model>', 'model name')
    .argument('<alias>', 'alias name, e.g. production')
    .argument('<version>', 'version number')
    .option('--reason <text>', 'why, for the alias history')
    .action(
      async (
        model: string,
        name: string,
        version: string,
        options: { reason?: string },
        command: Command,
      ) => {
        const ctx = context(command);
        const number = parsePositiveInt('VERSION', version);
        const change = await ctx.withWorkspace((ws) =>
          setAlias(ws.store.models, {
            modelName: model,
            alias: name,
            version: number,
            actor: cliActor(ctx.io.env),
            reason: options.reason,
            at: ws.clock.now(),
          }),
        );
        ctx.print(
          change,
          () =>
            `${model}@${change.alias}: ${change.fromVersion === null ? 'new alias' : `version ${change.fromVersion}`} -> version ${change.toVersion}`,
        );
      },
    );
}
