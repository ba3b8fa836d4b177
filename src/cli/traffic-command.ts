import type { Command } from 'commander';
import { SextantError } from '../core/sextant-error.js';
import { describeTrafficSplit, type TrafficSplitDescription } from '../registry/describe-traffic-split.js';
import { setTrafficSplit } from '../registry/set-traffic-split.js';
import { cliActor } from './cli-actor.js';
import type { CliContext } from './cli-context.js';
import { renderTable } from './render-table.js';

/**
 * `sextant traffic set|show|clear`: a canary rollout. `set tickets canary=10` sends 10 % of the
 * default route's predictions to the version behind `canary`; production serves the rest. A running
 * server picks the change up at its next poll (the admin API applies it at once).
 */
export function registerTrafficCommand(program: Command, context: (command: Command) => CliContext): void {
  const traffic = program
    .command('traffic')
    .description("share a model's default-route predictions between production and canary aliases");

  traffic
    .command('set')
    .description('replace the split: ALIAS=PERCENT each (two decimals at most, 100 in all at most)')
    .argument('<model>', 'model name')
    .argument('<shares...>', 'ALIAS=PERCENT, e.g. canary=10')
    .action(async (model: string, shares: string[], _options: unknown, command: Command) => {
      const ctx = context(command);
      const split = parseShares(shares);
      const shown = await ctx.withWorkspace(async (ws) => {
        await setTrafficSplit(ws.store.models, {
          modelName: model,
          split,
          actor: cliActor(ctx.io.env),
          at: ws.clock.now(),
        });
        return describeTrafficSplit(ws.store.models, model);
      });
      ctx.print(shown, () => renderTraffic(shown));
    });

  traffic
    .command('show')
    .description('the split: each alias with its version and percent, production with the rest')
    .argument('<model>', 'model name')
    .action(async (model: string, _options: unknown, command: Command) => {
      const ctx = context(command);
      const shown = await ctx.withWorkspace((ws) => describeTrafficSplit(ws.store.models, model));
      ctx.print(shown, () => renderTraffic(shown));
    });

  traffic
    .command('clear')
    .description('send all traffic back to production')
    .argument('<model>', 'model name')
    .action(async (model: string, _options: unknown, command: Command) => {
      const ctx = context(command);
      const shown = await ctx.withWorkspace(async (ws) => {
        await setTrafficSplit(ws.store.models, {
          modelName: model,
          split: {},
          actor: cliActor(ctx.io.env),
          at: ws.clock.now(),
        });
        return describeTrafficSplit(ws.store.models, model);
      });
      ctx.print(shown, () => renderTraffic(shown));
    });
}

function parseShares(shares: readonly string[]): Record<string, number> {
  const split = new Map<string, number>();
  for (const share of shares) {
    const match = /^([^=]+)=([^%]+)%?$/.exec(share);
    const percent = match === null ? Number.NaN : Number(match[2]);
    if (match === null || !Number.isFinite(percent))
      throw new SextantError('INVALID_ARGUMENT', `"${share}" is not ALIAS=PERCENT, e.g. canary=10`, {
        share,
      });
    const alias = match[1] as string;
    if (split.has(alias))
      throw new SextantError('INVALID_ARGUMENT', `alias "${alias}" is named twice`, { alias });
    split.set(alias, percent);
  }
  return Object.fromEntries(split);
}

function renderTraffic(t: TrafficSplitDescription): string {
  const head =
    t.actor === null
      ? `${t.modelName}: no traffic split; every default-route prediction goes to production`
      : `${t.modelName}: traffic split set by ${t.actor} at ${t.at?.toISOString()}`;
  return [
    head,
    renderTable(
      ['alias', 'version', 'percent'],
      t.routes.map((r) => [r.alias, r.version, `${r.percent} %`]),
    ),
  ].join('\n');
}
