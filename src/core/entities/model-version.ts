/** A registered model: a name under which versions are numbered. */
export interface RegisteredModel {
  readonly name: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly createdAt: Date;
}

export type ModelVersionStatus = 'active' | 'archived';

/** One immutable version of a registered model. */
export interface ModelVersion {
  readonly modelName: string;
  /** 1, 2, 3, ... per model. */
  readonly version: number;
  readonly runId: string | null;
  /** The model artifact (sha256 key in the artifact store). */
  readonly artifactKey: string;
  /** Input and output signature, as the model artifact format defines it. */
  readonly signature: Readonly<Record<string, unknown>>;
  readonly metrics: Readonly<Record<string, number>>;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
  /** Dataset versions the model was trained on (lineage). */
  readonly datasetVersionIds: readonly number[];
  readonly status: ModelVersionStatus;
  readonly createdAt: Date;
}

export type NewModelVersion = Omit<ModelVersion, 'version' | 'status' | 'createdAt'>;
