import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCsv } from '../data/write-csv.js';
import type { ModelSignature } from '../learn/model-signature.js';
import type { Workspace } from './workspace.js';

/**
 * The labelled production data of a model in the last `days` days, as one CSV batch (inputs + the target column holding the ground truth) under the workspace's `batches/`
 * folder: the "new data" a scheduled retrain combines with the reference. Undefined when fewer than
 * `minRows` predictions have feedback, since a retrain on a handful of labels proves nothing. With a
 * fixed reference every retrain combines the reference with this window, so rows never pile up.
 */
export async function exportLabelledBatch(
  workspace: Workspace,
  modelName: string,
  minRows: number,
  days = 30,
): Promise<{ path: string; rows: number } | undefined> {
  const { models, predictions } = workspace.store;
  const alias = await models.getAlias(modelName, 'production');
  const version = await models.getVersion(modelName, alias.version);
  const signature = version.signature as unknown as ModelSignature;
  const from = new Date(workspace.clock.now().getTime() - days * 86_400_000);
  const logged = await predictions.listLabelled({ modelName, from, limit: 1_000_000 });
  // Ordered by time, then by content: the same labelled data always makes the same file, so the
  // retrain's seeded holdout split, and its decision, do not depend on random request ids.
  const rows = logged
    .filter((p) => p.hasFeedback)
    .map((p) => {
      const record: Record<string, unknown> = {};
      for (const input of signature.inputs) record[input.name] = p.inputs[input.name] ?? null;
      record[signature.output.target] = p.actual;
      return { at: p.at.getTime(), key: JSON.stringify(record), record };
    })
    .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((row) => row.record);
  if (rows.length < minRows) return undefined;
  const folder = join(workspace.config.home, 'batches');
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${modelName}-${workspace.clock.now().toISOString().replace(/[:.]/g, '-')}.csv`);
  await writeCsv(path, rows);
  return { path, rows: rows.length };
}
