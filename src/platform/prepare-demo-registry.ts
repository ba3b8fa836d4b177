import { wipeDemoModels } from './wipe-demo-models.js';
import type { Workspace } from './workspace.js';

/**
 * Gets the registry ready for a demo run and says what it did: by default the demo's models are
 * reused and the run trains new versions beside the earlier ones (a second `npm start` on the same
 * home just works); with `fresh` every version of them is deleted first. Returns the line to print.
 */
export async function prepareDemoRegistry(
  ws: Workspace,
  names: readonly string[],
  fresh: boolean,
): Promise<string> {
  if (fresh) {
    const removed = await wipeDemoModels(ws.store.models, ws.artifacts, names, ws.clock.now());
    const listed = [...removed].filter(([, v]) => v.length > 0).map(([m, v]) => `${m} ${range(v)}`);
    return listed.length === 0
      ? '--fresh: no earlier demo models to delete'
      : `--fresh: deleted ${listed.join(', ')} (their logs, reports and runs stay as history)`;
  }
  const held: string[] = [];
  for (const name of names) {
    const versions = (await ws.store.models.findModel(name)) ? await ws.store.models.listVersions(name) : [];
    if (versions.length > 0) held.push(`${name} ${range(versions.map((v) => v.version))}`);
  }
  return held.length === 0
    ? 'no earlier versions of the demo models (tickets, weather) in this workspace'
    : `this workspace already holds ${held.join(', ')}: the demo trains new versions beside them (--fresh deletes them first)`;
}

function range(versions: readonly number[]): string {
  if (versions.length === 1) return `version ${versions[0]}`;
  return `versions ${Math.min(...versions)}-${Math.max(...versions)}`;
}
