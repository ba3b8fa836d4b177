import { type Command, Option } from 'commander';
import { type ApiToken, TOKEN_ROLES, type TokenRole } from '../core/entities/api-token.js';
import { createApiToken } from '../registry/create-api-token.js';
import { revokeApiToken } from '../registry/revoke-api-token.js';
import type { CliContext } from './cli-context.js';
import { parsePositiveInt } from './parse-positive-int.js';
import { renderTable } from './render-table.js';

/** `sextant tokens create|list|revoke`: API tokens for the server. */
export function registerTokensCommand(program: Command, context: (command: Command) => CliContext): void {
  const tokens = program.command('tokens').description('API tokens for `sextant serve`');

  tokens
    .command('create')
    .description('create a token; its secret is printed once and only its sha256 is stored')
    .addOption(
      new Option('--role <role>', 'predict, feedback, or admin (which implies both)')
        .choices(TOKEN_ROLES)
        .makeOptionMandatory(),
    )
    .option('--name <name>', 'a name to recognise the token by (default: the role)')
    .action(async (options: { role: TokenRole; name?: string }, command: Command) => {
      const ctx = context(command);
      const { secret, token } = await ctx.withWorkspace((ws) =>
        createApiToken(ws.store.tokens, {
          name: options.name ?? options.role,
          role: options.role,
          at: ws.clock.now(),
        }),
      );
      // The secret alone goes to stdout, so `TOKEN=$(sextant tokens create --role predict)` works.
      if (!ctx.json) {
        ctx.io.stderr(
          `created token ${token.id} "${token.name}" (${token.role}); the secret is shown only this once:\n`,
        );
      }
      ctx.print({ secret, token: publicToken(token) }, () => secret);
    });

  tokens
    .command('list')
    .description('every token, revoked ones included (never their secrets)')
    .action(async (_options: unknown, command: Command) => {
      const ctx = context(command);
      const list = await ctx.withWorkspace((ws) => ws.store.tokens.listTokens());
      ctx.print(list.map(publicToken), () =>
        list.length === 0
          ? 'no tokens yet: create one with `sextant tokens create --role predict`'
          : renderTable(
              ['id', 'name', 'role', 'created', 'last used', 'revoked'],
              list.map((t) => [
                t.id,
                t.name,
                t.role,
                t.createdAt.toISOString(),
                t.lastUsedAt?.toISOString(),
                t.revokedAt?.toISOString(),
              ]),
            ),
      );
    });

  tokens
    .command('revoke')
    .description('revoke a token: it stops working at once and stays listed')
    .argument('<id>', 'token id (see `sextant tokens list`)')
    .action(async (id: string, _options: unknown, command: Command) => {
      const ctx = context(command);
      const number = parsePositiveInt('ID', id);
      await ctx.withWorkspace((ws) => revokeApiToken(ws.store.tokens, number, ws.clock.now()));
      ctx.print({ id: number, revoked: true }, () => `revoked token ${number}`);
    });
}

/** A token as printed: its hash is useless to anyone, but there is no reason to show it either. */
function publicToken({ secretHash: _hash, ...token }: ApiToken): Omit<ApiToken, 'secretHash'> {
  return token;
}
