import type { Command } from 'commander';
import { SextantError } from '../core/sextant-error.js';
import { archiveModelVersion } from '../registry/archive-model-version.js';
import { deleteModelVersion } from '../registry/delete-model-version.js';
import { describeModel, type ModelDescription } from '../registry/describe-model.js';
import { listModelSummaries } from '../registry/list-model-summaries.js';
import { updateModelMetadata } from '../registry/update-model-metadata.js';
import type { CliContext } from './cli-context.js';
import { parsePositiveInt } from './parse-positive-int.js';
import { renderTable } from './render-table.js';

/** `sextant models list|show|update|archive|delete`: the model registry. */
export function registerModelsCommand(program: Command, context: (command: Command) => CliContext): void {
  const models = program.command('models').description('the model registry: versions, aliases, history');

  models
    .command('list')
    .description('every registered model with its aliases, latest version and monitoring status')
    .action(async (_options: unknown, command: Command) => {
      const ctx = context(command);
      const list = await ctx.withWorkspace((ws) => listModelSummaries(ws.store.models, ws.store.monitoring));
      ctx.print(list, () =>
        list.length === 0
          ? 'no models yet: train one with `sextant train`'
          : renderTable(
              ['model', 'production', 'latest', 'aliases', 'monitoring'],
              list.map((m) => [
                m.name,
                m.productionVersion,
                m.latestVersion,
                m.aliases.map((a) => `${a.alias}=${a.version}`).join(', ') || null,
                m.latestReport?.status,
              ]),
            ),
      );
    });

  models
    .command('show')
    .description('one model: versions with metrics, aliases, alias history')
    .argument('<model>', 'model name')
    .action(async (name: string, _options: unknown, command: Command) => {
      const ctx = context(command);
      const model = await ctx.withWorkspace((ws) => describeModel(ws.store.models, name));
      ctx.print(model, () => renderModel(model));
    });

  models
    .command('archive')
    .description('archive a version: kept for the record, never behind an alias again')
    .argument('<model>', 'model name')
    .argument('<version>', 'version number')
    .action(async (name: string, version: string, _options: unknown, command: Command) => {
      const ctx = context(command);
      const number = parsePositiveInt('VERSION', version);
      const archived = await ctx.withWorkspace((ws) => archiveModelVersion(ws.store.models, name, number));
      ctx.print(archived, () => `archived ${name} version ${number}`);
    });

  models
    .command('update')
    .description("edit a model's (or a version's) description and tags; the other tags stay")
    .argument('<model>', 'model name')
    .argument('[version]', 'version number (default: the model itself)')
    .option('--description <text>', 'the new description')
    .option('--tag <key=value>', 'add or overwrite a tag (repeatable)', collect, [])
    .option('--untag <key>', 'remove a tag (repeatable)', collect, [])
    .action(
      async (
        name: string,
        version: string | undefined,
        flags: { description?: string; tag: string[]; untag: string[] },
        command: Command,
      ) => {
        const ctx = context(command);
        const number = version === undefined ? undefined : parsePositiveInt('VERSION', version);
        const setTags = Object.fromEntries(flags.tag.map(parseTag));
        if (flags.description === undefined && flags.tag.length + flags.untag.length === 0)
          throw new SextantError(
            'INVALID_ARGUMENT',
            'nothing to update: give --description, --tag or --untag',
          );
        const updated = await ctx.withWorkspace((ws) =>
          updateModelMetadata(ws.store.models, {
            modelName: name,
            version: number,
            description: flags.description,
            setTags,
            removeTags: flags.untag,
          }),
        );
        const tags = Object.entries(updated.tags)
          .map(([key, value]) => `${key}=${value}`)
          .join(', ');
        ctx.print(
          updated,
          () =>
            `updated ${name}${number === undefined ? '' : ` version ${number}`}: ` +
            `description ${JSON.stringify(updated.description)}; tags ${tags || 'none'}`,
        );
      },
    );

  models
    .command('delete')
    .description('delete a version, and its artifact and reference profile when no other version uses them')
    .argument('<model>', 'model name')
    .argument('<version>', 'version number')
    .action(async (name: string, version: string, _options: unknown, command: Command) => {
      const ctx = context(command);
      const number = parsePositiveInt('VERSION', version);
      const deleted = await ctx.withWorkspace((ws) =>
        deleteModelVersion(ws.store.models, ws.artifacts, name, number),
      );
      ctx.print(
        deleted,
        () =>
          `deleted ${name} version ${number}; artifact ${deleted.artifactKey.slice(0, 12)} ${deleted.artifactDeleted ? 'removed' : 'kept (still used by another version)'}` +
          (deleted.profileKey === undefined
            ? ''
            : `; reference profile ${deleted.profileKey.slice(0, 12)} ${deleted.profileDeleted ? 'removed' : 'kept (still used by another version)'}`),
      );
    });
}

/** Commander's collector of a repeatable option. */
function collect(value: string, previous: string[]): string[] {
  return previous.concat(value);
}

/** `key=value` of --tag; the value may hold `=` itself. */
function parseTag(text: string): [string, string] {
  const at = text.indexOf('=');
  if (at <= 0)
    throw new SextantError('INVALID_ARGUMENT', `--tag takes key=value, got ${JSON.stringify(text)}`);
  return [text.slice(0, at), text.slice(at + 1)];
}

function renderModel(m: ModelDescription): string {
  // The first four metrics keep the table readable; --json has them all.
  const metrics = (values: Readonly<Record<string, number>>) =>
    Object.entries(values)
      .slice(0, 4)
      .map(([name, value]) => `${name} ${value.toFixed(4)}`)
      .join(', ');
  const aliasesOf = (version: number) =>
    m.aliases
      .filter((a) => a.version === version)
      .map((a) => a.alias)
      .join(', ');
  const versionOf = (alias: string) => m.aliases.find((a) => a.alias === alias)?.version ?? '-';
  const shares = Object.entries(m.traffic.split);
  const rest = shares.reduce((sum, [, percent]) => sum + Math.round(percent * 100), 0);
  const traffic =
    shares.length === 0
      ? 'Traffic: production serves every default-route prediction'
      : `Traffic (set by ${m.traffic.actor} at ${m.traffic.at?.toISOString()}): ${[
          ...shares.map(([alias, percent]) => `${alias} ${percent} % (version ${versionOf(alias)})`),
          `production ${(10_000 - rest) / 100} % (version ${versionOf('production')})`,
        ].join(', ')}`;
  // Sextant's own version tags (the reference profile's key) are plumbing; --json has them.
  const tagsOf = (tags: Readonly<Record<string, string>>, own: boolean) =>
    Object.entries(tags)
      .filter(([key]) => own || !key.startsWith('sextant.'))
      .map(([key, value]) => `${key}=${value}`)
      .join(', ');
  return [
    `model ${m.name}${m.description ? `: ${m.description}` : ''} (created ${m.createdAt.toISOString()})`,
    ...(Object.keys(m.tags).length === 0 ? [] : [`Tags: ${tagsOf(m.tags, true)}`]),
    '',
    'Versions:',
    renderTable(
      ['version', 'status', 'aliases', 'created', 'run', 'metrics', 'description', 'tags'],
      m.versions.map((v) => [
        v.version,
        v.status,
        aliasesOf(v.version) || null,
        v.createdAt.toISOString(),
        v.runId?.slice(0, 8),
        metrics(v.metrics) || null,
        v.description || null,
        tagsOf(v.tags, false) || null,
      ]),
    ),
    '',
    traffic,
    '',
    m.aliasHistory.length === 0 ? 'Alias history: none' : 'Alias history (newest first):',
    ...(m.aliasHistory.length === 0
      ? []
      : [
          renderTable(
            ['at', 'alias', 'from', 'to', 'actor', 'reason'],
            m.aliasHistory.map((h) => [
              h.at.toISOString(),
              h.alias,
              h.fromVersion,
              h.toVersion,
              h.actor,
              h.reason || null,
            ]),
          ),
        ]),
  ].join('\n');
}
