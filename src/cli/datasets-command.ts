import { type Command, Option } from 'commander';
import { DATASET_ROLES, type DatasetRole, type DatasetVersion } from '../core/entities/dataset-version.js';
import { SextantError } from '../core/sextant-error.js';
import { addDatasetVersion } from '../data/add-dataset-version.js';
import type { CliContext } from './cli-context.js';
import { renderTable } from './render-table.js';
import { splitList } from './split-list.js';

/** `sextant datasets add|list|show`: versioned, hashed datasets with lineage. */
export function registerDatasetsCommand(program: Command, context: (command: Command) => CliContext): void {
  const datasets = program.command('datasets').description('versioned, hashed datasets with lineage');

  datasets
    .command('add')
    .description('add a file as the next version of a dataset (validated, typed, hashed, copied)')
    .argument('<name>', 'dataset name')
    .argument('<file>', 'CSV, TSV, JSON, JSONL or Parquet file')
    .addOption(
      new Option('--role <role>', 'what the version is for').choices(DATASET_ROLES).default('reference'),
    )
    .option('--schema <file>', 'a schema file whose column types win over inference')
    .option('--require <columns>', 'comma-separated columns that must be present')
    .option(
      '--parent <ref...>',
      'NAME or NAME:VERSION of the dataset versions this one was built from (lineage)',
    )
    .action(
      async (
        name: string,
        file: string,
        options: { role: DatasetRole; schema?: string; require?: string; parent?: string[] },
        command: Command,
      ) => {
        const ctx = context(command);
        const result = await ctx.withWorkspace((ws) =>
          addDatasetVersion(
            { datasets: ws.store.datasets, artifacts: ws.artifacts, clock: ws.clock },
            {
              name,
              path: file,
              role: options.role,
              schemaFile: options.schema,
              required: splitList(options.require),
              parents: options.parent,
            },
          ),
        );
        const v = result.version;
        ctx.print(result, () =>
          result.created
            ? `added ${v.datasetName} version ${v.version} (${v.role}): ${v.rowCount} rows, ${v.schema.columns.length} columns, sha256 ${v.contentHash.slice(0, 12)}`
            : `unchanged: ${v.datasetName} version ${v.version} already holds these bytes (sha256 ${v.contentHash.slice(0, 12)})`,
        );
      },
    );

  datasets
    .command('list')
    .description('list datasets with their latest version')
    .action(async (_options: unknown, command: Command) => {
      const ctx = context(command);
      const list = await ctx.withWorkspace((ws) => ws.store.datasets.listDatasets());
      ctx.print(list, () =>
        list.length === 0
          ? 'no datasets yet: add one with `sextant datasets add NAME FILE`'
          : renderTable(
              ['name', 'versions', 'latest', 'role', 'rows', 'columns', 'added'],
              list.map((d) => [
                d.name,
                d.versionCount,
                d.latest.version,
                d.latest.role,
                d.latest.rowCount,
                d.latest.schema.columns.length,
                d.latest.createdAt.toISOString(),
              ]),
            ),
      );
    });

  datasets
    .command('show')
    .description('show a dataset version: schema, hash, lineage, and all versions')
    .argument('<name>', 'dataset name, or NAME:VERSION')
    .action(async (ref: string, _options: unknown, command: Command) => {
      const ctx = context(command);
      const { name, version } = parseRef(ref);
      const shown = await ctx.withWorkspace(async (ws) => {
        const selected = await ws.store.datasets.getVersion(name, version);
        const versions = await ws.store.datasets.listVersions(name);
        const parents = await Promise.all(
          selected.parentIds.map((id) => ws.store.datasets.findVersionById(id)),
        );
        return { version: selected, parents: parents.filter((p) => p !== undefined), versions };
      });
      ctx.print(shown, () => describeVersion(shown.version, shown.parents, shown.versions));
    });
}

function parseRef(ref: string): { name: string; version?: number } {
  const match = /^([^:]+)(?::(\d+))?$/.exec(ref);
  if (match === null)
    throw new SextantError('INVALID_ARGUMENT', `${JSON.stringify(ref)} is not NAME or NAME:VERSION`);
  return match[2] === undefined ? { name: match[1]! } : { name: match[1]!, version: Number(match[2]) };
}

function describeVersion(v: DatasetVersion, parents: DatasetVersion[], versions: DatasetVersion[]): string {
  return [
    `${v.datasetName} version ${v.version} (${v.role}), added ${v.createdAt.toISOString()}`,
    `  rows ${v.rowCount}, ${v.byteSize} bytes, ${v.format}, sha256 ${v.contentHash}`,
    `  source ${v.sourcePath ?? '-'}`,
    `  parents ${parents.length === 0 ? '-' : parents.map((p) => `${p.datasetName}:${p.version}`).join(', ')}`,
    '',
    renderTable(
      ['column', 'type', 'source', 'missing', 'distinct'],
      v.schema.columns.map((c) => [
        c.name,
        c.type,
        c.sourceType,
        c.missingCount,
        c.distinctApproximate ? `~${c.distinctCount}` : c.distinctCount,
      ]),
    ),
    '',
    renderTable(
      ['version', 'role', 'rows', 'sha256', 'added'],
      versions.map((x) => [
        x.version,
        x.role,
        x.rowCount,
        x.contentHash.slice(0, 12),
        x.createdAt.toISOString(),
      ]),
    ),
  ].join('\n');
}
