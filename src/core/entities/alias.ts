/** A movable name (production, staging, candidate, ...) pointing at one model version. */
export interface ModelAlias {
  readonly modelName: string;
  readonly alias: string;
  readonly version: number;
  readonly updatedAt: Date;
}

/** One move of an alias, kept forever: "which version served at time T" is one query. */
export interface AliasChange {
  readonly id: number;
  readonly modelName: string;
  readonly alias: string;
  /** null when the alias was created by this change. */
  readonly fromVersion: number | null;
  /** null when the alias was removed by this change. */
  readonly toVersion: number | null;
  readonly actor: string;
  readonly reason: string;
  readonly at: Date;
}

/** A request to move an alias. */
export interface AliasMove {
  readonly modelName: string;
  readonly alias: string;
  /** null removes the alias. */
  readonly version: number | null;
  readonly actor: string;
  readonly reason: string;
  readonly at: Date;
}
