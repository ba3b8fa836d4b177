import type { FeatureOverrides } from '../learn/plan-features.js';
import type { Algorithm } from '../learn/trained-model.js';

/**
 * One model of the demo and its data: the reference file it is trained on and the later rows that are
 * replayed through the API as traffic. Each later row holds the target too: the demo sends it back as
 * feedback, as the ground truth arrives in production.
 */
export interface DemoDataset {
  /** The registered model's name. */
  readonly model: string;
  readonly target: string;
  readonly algorithm: Algorithm;
  readonly features: FeatureOverrides;
  /** The training file (CSV). */
  readonly referencePath: string;
  readonly referenceRows: number;
  /** Where the reference comes from, for the step line. */
  readonly referenceLabel: string;
  /** The later period, replayed as traffic: feature columns plus the target. */
  readonly later: readonly Record<string, unknown>[];
  readonly laterLabel: string;
}
