import type { DatasetInfo } from '../api/api-types';

/**
 * Maps dataset version ids to `name v2 (reference, 1000 rows)` labels, for lineage. An id missing
 * from the listing (or no listing) reads `dataset version #id`.
 */
export function datasetLabeller(datasets: readonly DatasetInfo[] | undefined): (id: number) => string {
  const byId = new Map<number, string>();
  for (const dataset of datasets ?? []) {
    for (const v of dataset.versions) {
      byId.set(v.id, `${dataset.name} v${v.version} (${v.role}, ${v.rowCount} rows)`);
    }
  }
  return (id) => byId.get(id) ?? `dataset version #${id}`;
}
