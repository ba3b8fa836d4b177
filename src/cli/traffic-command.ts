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
    .description(
      "the split: each alias with its version and percent, production with the rest, and the canary guard's latest verdicts",
    )
    .argument('<model>', 'model name')
    .action(async (model: string, _options: unknown, command: Command) => {
      const ctx = context(command);
      const shown = await ctx.withWorkspace(async (ws) => {
        const split = await describeTrafficSplit(ws.store.models, model);
        const latest = await ws.store.monitoring.findLatestReport(model);
        const canaries = (latest?.summary as { canaries?: GuardVerdict[] } | undefined)?.canaries ?? [];
        return {
          ...split,
          guard: latest === undefined || canaries.length === 0 ? null : { at: latest.createdAt, canaries },
        };
      });
      ctx.print(shown, () =>
        [renderTraffic(shown), ...(shown.guard === null ? [] : [renderGuard(shown.guard)])].join('\n'),
      );
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

/** One alias as the canary guard of a monitoring run judged it (the report summary's `canaries`). */
interface GuardVerdict {
  readonly alias: string;
  readonly version: number;
  readonly percent: number;
  readonly errorRate: number | null;
  readonly liveMetric: number | null;
  readonly stopped: boolean;
}

function renderGuard(guard: { readonly at: Date; readonly canaries: readonly GuardVerdict[] }): string {
  const share = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)} %`);
  const metric = (value: number | null) => (value === null ? '-' : value.toFixed(4));
  return [
    `Canary guard, monitoring run at ${guard.at.toISOString()}:`,
    renderTable(
      ['alias', 'version', 'percent', 'verdict', 'error rate', 'live metric'],
      guard.canaries.map((c) => [
        c.alias,
        c.version,
        `${c.percent} %`,
        c.stopped ? 'stopped' : 'kept',
        share(c.errorRate),
        metric(c.liveMetric),
      ]),
    ),
  ].join('\n');
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
