import type { Clock } from '../core/clock.js';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import type { SextantConfig } from './sextant-config.js';

/** An open workspace: the stores the services run on, chosen by the configuration. */
export interface Workspace {
  readonly config: SextantConfig;
  readonly store: MetadataStore;
  readonly artifacts: ArtifactStore;
  readonly clock: Clock;
  close(): Promise<void>;
}
