import type { DatasetSummary, DatasetVersion, NewDatasetVersion } from '../entities/dataset-version.js';

/** Versioned datasets. Versions are immutable; numbering is per name and gap-free. */
export interface DatasetRepository {
  /** Adds the next version of `input.datasetName` (1 for a new name), atomically. */
  addVersion(input: NewDatasetVersion, at: Date): Promise<DatasetVersion>;
  /** The given version, or the latest when `version` is omitted; undefined when absent. */
  findVersion(name: string, version?: number): Promise<DatasetVersion | undefined>;
  /** As findVersion, but throws DATASET_NOT_FOUND. */
  getVersion(name: string, version?: number): Promise<DatasetVersion>;
  findVersionById(id: number): Promise<DatasetVersion | undefined>;
  /** The newest version of `name` whose content hash is `contentHash`. */
  findVersionByHash(name: string, contentHash: string): Promise<DatasetVersion | undefined>;
  /** Every version of `name`, oldest first; empty when the name is unknown. */
  listVersions(name: string): Promise<DatasetVersion[]>;
  /** Every dataset name with its latest version, by name. */
  listDatasets(): Promise<DatasetSummary[]>;
}
