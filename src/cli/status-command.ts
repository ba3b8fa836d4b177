import type { Command } from 'commander';
import type { Workspace } from '../platform/workspace.js';
import type { CliContext } from './cli-context.js';
import { renderTable } from './render-table.js';

/** What `sextant status` reports: where the workspace lives and what it holds. */
export interface WorkspaceStatus {
  home: string;
  database: string;
  artifacts: string;
  migrations: number;
  datasets: { name: string; versions: number; latest: number; role: string; rows: number }[];
  models: { name: string; versions: number; aliases: Record<string, number>; monitoring: string | null }[];
  runs: number;
}

/** `sextant status`: a summary of the workspace (datasets, models and aliases, latest monitoring). */
export function registerStatusCommand(program: Command, context: (command: Command) => CliContext): void {
  program
    .command('status')
    .description('summarize the workspace: datasets, models and their aliases, latest monitoring status')
    .action(async (_options: unknown, command: Command) => {
      const ctx = context(command);
      const status = await ctx.withWorkspace(collectStatus);
      ctx.print(status, () => renderStatus(status));
    });
}

async function collectStatus(ws: Workspace): Promise<WorkspaceStatus> {
  const datasets = await ws.store.datasets.listDatasets();
  const models = await ws.store.models.listModels();
  const modelRows = await Promise.all(
    models.map(async (m) => {
      const [versions, aliases, report] = await Promise.all([
        ws.store.models.listVersions(m.name),
        ws.store.models.listAliases(m.name),
        ws.store.monitoring.findLatestReport(m.name),
      ]);
      return {
        name: m.name,
        versions: versions.length,
        aliases: Object.fromEntries(aliases.map((a) => [a.alias, a.version])),
        monitoring: report?.status ?? null,
      };
    }),
  );
  return {
    home: ws.config.home,
    database: ws.store.capabilities.description,
    artifacts: ws.artifacts.description,
    migrations: (await ws.store.appliedMigrations()).length,
    datasets: datasets.map((d) => ({
      name: d.name,
      versions: d.versionCount,
      latest: d.latest.version,
      role: d.latest.role,
      rows: d.latest.rowCount,
    })),
    models: modelRows,
    runs: await ws.store.runs.countRuns(),
  };
}

function renderStatus(s: WorkspaceStatus): string {
  const lines = [
    'Sextant workspace',
    `  home       ${s.home}`,
    `  database   ${s.database} (${s.migrations} migration${s.migrations === 1 ? '' : 's'} applied)`,
    `  artifacts  ${s.artifacts}`,
    `  runs       ${s.runs}`,
    '',
  ];
  if (s.datasets.length === 0) lines.push('Datasets: none yet (sextant datasets add NAME FILE)');
  else {
    lines.push('Datasets:');
    lines.push(
      renderTable(
        ['name', 'versions', 'latest', 'role', 'rows'],
        s.datasets.map((d) => Object.values(d)),
      ),
    );
  }
  lines.push('');
  if (s.models.length === 0)
    lines.push('Models: none yet (sextant train --data FILE --target COL --name MODEL)');
  else {
    lines.push('Models:');
    lines.push(
      renderTable(
        ['name', 'versions', 'aliases', 'monitoring'],
        s.models.map((m) => [
          m.name,
          m.versions,
          Object.entries(m.aliases)
            .map(([alias, v]) => `${alias}=v${v}`)
            .join(' ') || '-',
          m.monitoring ?? 'never run',
        ]),
      ),
    );
  }
  return lines.join('\n');
}
