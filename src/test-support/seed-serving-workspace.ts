import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTickets } from '../data/generate-tickets.js';
import { writeCsv } from '../data/write-csv.js';
import { trainModel } from '../jobs/train-model.js';
import { openWorkspace } from '../platform/open-workspace.js';
import { resolveConfig } from '../platform/sextant-config.js';
import type { Workspace } from '../platform/workspace.js';
import { createApiToken } from '../registry/create-api-token.js';

export interface ServingWorkspace {
  readonly workspace: Workspace;
  readonly dir: string;
  /** Ticket CSV the model was trained on (title, description, source, customer_tier, urgent). */
  readonly dataPath: string;
  /** Secrets of one token per role. */
  readonly tokens: { readonly predict: string; readonly feedback: string; readonly admin: string };
  /** Trains another version of `tickets` on data drawn with `seed`; returns its version number. */
  trainVersion(seed: number, alias?: string): Promise<number>;
  /** Closes the workspace if the test has not already, then removes the folder. Call it in afterAll. */
  dispose(): Promise<void>;
}

/**
 * A real workspace (SQLite file + artifact folder in a temp dir) holding a TF-IDF + logistic ticket
 * model `tickets` version 1 behind `production`, and one token per role: what server tests start from.
 * Callers seed in beforeAll, where an afterAll registered from here would never run, so the caller
 * owns cleanup: `await seed.dispose()` in its afterAll. `database` (a postgres:// URL with ?schema=)
 * puts the metadata in PostgreSQL instead of the SQLite file.
 */
export async function seedServingWorkspace(
  prefix: string,
  rows = 400,
  database?: string,
): Promise<ServingWorkspace> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const workspace = await openWorkspace(resolveConfig({ home: `${dir}/home`, database }, {}, dir));
  const trainVersion = async (seed: number, alias?: string): Promise<number> => {
    const path = `${dir}/tickets-${seed}.csv`;
    await writeCsv(path, generateTickets({ rows, seed }) as unknown as Record<string, unknown>[]);
    const result = await trainModel(
      {
        datasets: workspace.store.datasets,
        runs: workspace.store.runs,
        models: workspace.store.models,
        artifacts: workspace.artifacts,
        clock: workspace.clock,
      },
      {
        dataPath: path,
        target: 'urgent',
        modelName: 'tickets',
        features: { text: ['title', 'description'] },
        alias,
        seed,
      },
    );
    if (result.status !== 'succeeded' || result.version === undefined)
      throw new Error(`seed training failed: ${result.error?.message}`);
    return result.version.version;
  };
  await trainVersion(1, 'production');
  const at = new Date();
  const secret = async (role: 'predict' | 'feedback' | 'admin') =>
    (await createApiToken(workspace.store.tokens, { name: `test-${role}`, role, at })).secret;
  return {
    workspace,
    dir,
    dataPath: `${dir}/tickets-1.csv`,
    tokens: {
      predict: await secret('predict'),
      feedback: await secret('feedback'),
      admin: await secret('admin'),
    },
    trainVersion,
    // Tests may close the workspace early and go on using the folder; the store's close is
    // idempotent (a MetadataStore contract case), so closing again here is harmless.
    dispose: async () => {
      try {
        await workspace.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
