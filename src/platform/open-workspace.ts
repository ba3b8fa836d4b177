import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Clock, systemClock } from '../core/clock.js';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import type { PredictionLogWriter } from '../core/ports/prediction-log-writer.js';
import { SextantError } from '../core/sextant-error.js';
import {
  createPostgresStore,
  createSqliteStore,
  LocalArtifactStore,
  SqlitePredictionLogWriter,
} from '../store/index.js';
import type { DatabaseTarget, SextantConfig } from './sextant-config.js';
import type { Workspace } from './workspace.js';

/**
 * The composition root: turns a configuration into open stores. It is the only place that picks an
 * implementation (SQLite or PostgreSQL, local folder for artifacts); everything above sees ports.
 */
export async function openWorkspace(
  config: SextantConfig,
  options: { clock?: Clock } = {},
): Promise<Workspace> {
  try {
    await mkdir(config.artifactDir, { recursive: true });
  } catch (error) {
    throw new SextantError(
      'CONFIG_INVALID',
      `cannot create the workspace folder ${config.home}: ${(error as Error).message}`,
      {
        home: config.home,
      },
    );
  }
  const store = await openStore(config.database);
  return {
    config,
    store,
    artifacts: new LocalArtifactStore(config.artifactDir),
    clock: options.clock ?? systemClock,
    openPredictionLog: (): PredictionLogWriter =>
      config.database.kind === 'sqlite'
        ? new SqlitePredictionLogWriter(config.database.path)
        : { write: (batch) => store.predictions.logPredictions(batch), close: async () => undefined },
    close: () => store.close(),
  };
}

async function openStore(target: DatabaseTarget): Promise<MetadataStore> {
  if (target.kind === 'postgres')
    return createPostgresStore(target.url, target.schema === undefined ? {} : { schema: target.schema });
  await makeFolder(dirname(target.path), 'database');
  return createSqliteStore(target.path);
}

async function makeFolder(path: string, what: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new SextantError('CONFIG_INVALID', `cannot create the ${what} folder ${path} (${reason})`, {
      path,
    });
  }
}
