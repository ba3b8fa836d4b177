import type { Predictor } from '../learn/predictor.js';
import type { InstanceValidator } from './compile-instance-validator.js';

/** One model version ready to serve: its predictor and its compiled request validator. */
export interface LoadedModel {
  readonly modelName: string;
  readonly version: number;
  readonly predictor: Predictor;
  readonly validate: InstanceValidator;
  readonly loadedAt: Date;
}
