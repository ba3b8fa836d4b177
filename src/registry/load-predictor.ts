import type { ModelVersion } from '../core/entities/model-version.js';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import { decodeModelArtifact } from '../learn/model-artifact.js';
import { Predictor } from '../learn/predictor.js';

/**
 * Reads a registered version's artifact and builds its Predictor. Reading verifies the artifact's hash
 * and decoding checks its shape, so a damaged or foreign artifact fails here (ARTIFACT_CORRUPT,
 * MODEL_ARTIFACT_INVALID), never half-way through a prediction.
 */
export async function loadPredictor(artifacts: ArtifactStore, version: ModelVersion): Promise<Predictor> {
  const bytes = await artifacts.get(version.artifactKey);
  return Predictor.fromArtifact(decodeModelArtifact(bytes));
}
