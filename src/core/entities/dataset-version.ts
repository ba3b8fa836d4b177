import type { DatasetSchema } from '../dataset-schema.js';

/** What a dataset version is for: a reference to compare against, a new batch, or reference + batches. */
export type DatasetRole = 'reference' | 'batch' | 'combined';

export const DATASET_ROLES: readonly DatasetRole[] = ['reference', 'batch', 'combined'];

/** One immutable version of a named dataset. Its bytes live in the artifact store under `contentHash`. */
export interface DatasetVersion {
  readonly id: number;
  readonly datasetName: string;
  /** 1, 2, 3, ... per dataset name. */
  readonly version: number;
  readonly role: DatasetRole;
  /** sha256 of the file bytes; also the artifact key. */
  readonly contentHash: string;
  readonly format: string;
  readonly rowCount: number;
  readonly byteSize: number;
  readonly schema: DatasetSchema;
  /** Where the file was read from when added (informational only; never read again). */
  readonly sourcePath: string | null;
  /** Ids of the dataset versions this one was built from (lineage). */
  readonly parentIds: readonly number[];
  readonly createdAt: Date;
}

/** What the caller supplies to add a version; the store assigns id, version and createdAt. */
export type NewDatasetVersion = Omit<DatasetVersion, 'id' | 'version' | 'createdAt'>;

/** One dataset name with its latest version, for listings. */
export interface DatasetSummary {
  readonly name: string;
  readonly versionCount: number;
  readonly latest: DatasetVersion;
}
