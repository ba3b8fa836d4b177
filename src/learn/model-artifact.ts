import { SextantError } from '../core/sextant-error.js';
import type { ModelSignature, ModelTask } from './model-signature.js';

export const MODEL_ARTIFACT_FORMAT = 'sextant-model';
/** Bumped on any incompatible change; readers refuse versions they do not know. */
export const MODEL_ARTIFACT_VERSION = 1;

/** JSON data only: what an artifact may hold, so that loading never needs to execute anything. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/**
 * A trained model as stored: a versioned JSON document holding the fitted feature pipeline, the fitted
 * model, the signature and training metadata. Loading is `JSON.parse` plus shape checks — no eval, no
 * pickle, no code — so an artifact from an untrusted store cannot run anything.
 */
export interface ModelArtifact {
  readonly format: typeof MODEL_ARTIFACT_FORMAT;
  readonly formatVersion: typeof MODEL_ARTIFACT_VERSION;
  readonly task: ModelTask;
  /** `logistic`, `linear` or `gbdt`. */
  readonly algorithm: string;
  readonly signature: ModelSignature;
  /** The fitted feature pipeline, as its own toJSON gives it. */
  readonly pipeline: Json;
  /** The fitted model, as its trainer's toJSON gives it. */
  readonly model: Json;
  readonly training: {
    readonly createdAt: string;
    readonly rows: number;
    readonly holdoutRows: number;
    readonly seed: number;
    readonly params: { readonly [key: string]: Json };
    readonly metrics: { readonly [key: string]: number };
    readonly baselineMetrics: { readonly [key: string]: number };
    readonly datasetHash: string | null;
  };
}

/** Serializes an artifact to UTF-8 JSON bytes (its sha256 becomes its artifact key). */
export function encodeModelArtifact(artifact: ModelArtifact): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(artifact));
}

/** Parses and checks artifact bytes; MODEL_ARTIFACT_INVALID names what is wrong. */
export function decodeModelArtifact(bytes: Uint8Array): ModelArtifact {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw invalid('not UTF-8 JSON');
  }
  if (!isObject(value) || value.format !== MODEL_ARTIFACT_FORMAT)
    throw invalid(`format is not ${MODEL_ARTIFACT_FORMAT}`);
  if (value.formatVersion !== MODEL_ARTIFACT_VERSION) {
    throw invalid(
      `format version ${String(value.formatVersion)} is not supported (this build reads ${MODEL_ARTIFACT_VERSION})`,
    );
  }
  if (!['binary', 'multiclass', 'regression'].includes(value.task as string))
    throw invalid('task is missing or unknown');
  if (typeof value.algorithm !== 'string') throw invalid('algorithm is missing');
  const signature = value.signature;
  if (!isObject(signature) || !Array.isArray(signature.inputs) || !isObject(signature.output)) {
    throw invalid('signature is missing or malformed');
  }
  for (const input of signature.inputs) {
    if (!isObject(input) || typeof input.name !== 'string' || typeof input.type !== 'string') {
      throw invalid('a signature input lacks a name or type');
    }
  }
  if (!isObject(value.training) || !('pipeline' in value) || !('model' in value)) {
    throw invalid('pipeline, model or training metadata is missing');
  }
  return value as unknown as ModelArtifact;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(reason: string): SextantError {
  return new SextantError('MODEL_ARTIFACT_INVALID', `model artifact is invalid: ${reason}`, { reason });
}
