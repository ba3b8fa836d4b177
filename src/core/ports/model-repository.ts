import type { AliasChange, AliasMove, ModelAlias } from '../entities/alias.js';
import type { ModelVersion, NewModelVersion, RegisteredModel } from '../entities/model-version.js';
import type { TrafficSplit } from '../entities/traffic-split.js';

/** Registered models, their versions, and their aliases with full history. */
export interface ModelRepository {
  /** Registers the next version of `input.modelName`, creating the model on first use, atomically. */
  registerVersion(input: NewModelVersion, at: Date): Promise<ModelVersion>;
  findModel(name: string): Promise<RegisteredModel | undefined>;
  /** Throws MODEL_NOT_FOUND. */
  getModel(name: string): Promise<RegisteredModel>;
  listModels(): Promise<RegisteredModel[]>;
  updateModel(
    name: string,
    patch: { description?: string; tags?: Record<string, string> },
  ): Promise<RegisteredModel>;
  findVersion(name: string, version: number): Promise<ModelVersion | undefined>;
  /** Throws MODEL_NOT_FOUND or MODEL_VERSION_NOT_FOUND. */
  getVersion(name: string, version: number): Promise<ModelVersion>;
  /** Versions oldest first. */
  listVersions(name: string): Promise<ModelVersion[]>;
  /**
   * Replaces a version's description and/or its whole tag set in one transaction; an empty patch
   * changes nothing. Throws MODEL_NOT_FOUND or MODEL_VERSION_NOT_FOUND.
   */
  updateVersion(
    name: string,
    version: number,
    patch: { description?: string; tags?: Record<string, string> },
  ): Promise<ModelVersion>;
  /** Archives or re-activates a version. Archiving one an alias points at throws VERSION_IN_USE. */
  setVersionStatus(name: string, version: number, status: ModelVersion['status']): Promise<ModelVersion>;
  /** Deletes a version row; throws VERSION_IN_USE while an alias points at it. Returns its artifact key. */
  deleteVersion(name: string, version: number): Promise<{ artifactKey: string }>;
  /**
   * True when any model version still references `artifactKey`, as its artifact or in a tag value
   * (the drift reference profile): what artifact garbage collection asks before deleting a blob.
   */
  isArtifactReferenced(artifactKey: string): Promise<boolean>;
  /**
   * Moves (or with version null removes) an alias and writes the history row in one transaction.
   * Throws MODEL_VERSION_NOT_FOUND when the target version does not exist, INVALID_ARGUMENT when it is
   * archived (an archived version is never behind an alias), ALIAS_NOT_FOUND when removing a missing alias.
   * Removing an alias also drops it from the model's traffic split, so a split never names a missing alias.
   */
  moveAlias(move: AliasMove): Promise<AliasChange>;
  findAlias(name: string, alias: string): Promise<ModelAlias | undefined>;
  /** Throws ALIAS_NOT_FOUND. */
  getAlias(name: string, alias: string): Promise<ModelAlias>;
  listAliases(name: string): Promise<ModelAlias[]>;
  /** Alias moves, newest first, optionally of one alias. */
  aliasHistory(name: string, alias?: string): Promise<AliasChange[]>;
  /** The version `alias` pointed at, at instant `at`; undefined when it pointed at nothing. */
  versionAt(name: string, alias: string, at: Date): Promise<number | undefined>;
  /**
   * Replaces the model's whole traffic split (percent by alias) in one transaction; an empty split
   * clears it. Percents are stored exactly to two decimals. Range, sum and the serving alias are the
   * caller's checks (`setTrafficSplit` in the registry); the store refuses only what would break it.
   * Throws MODEL_NOT_FOUND, ALIAS_NOT_FOUND for an alias the model does not have.
   */
  setTrafficSplit(
    name: string,
    split: Readonly<Record<string, number>>,
    actor: string,
    at: Date,
  ): Promise<TrafficSplit>;
  /** The model's traffic split, empty (actor and at null) when it has none. Throws MODEL_NOT_FOUND. */
  getTrafficSplit(name: string): Promise<TrafficSplit>;
}
