import type { LoadedModel } from './loaded-model.js';

/**
 * One model's canary routes, precomputed when the split or an alias changes so that choosing a
 * version per request is a short loop over a typed array: no allocation, no await. `thresholds[i]`
 * is the cumulative share (0..1] of routes 0..i; a draw below it goes to `models[i]`, a draw above
 * the last one to the serving alias. Only loaded versions are in the table, so the share of a version
 * that failed to load goes to the serving alias.
 */
export interface TrafficTable {
  readonly thresholds: Float64Array;
  readonly models: readonly LoadedModel[];
  /** The alias behind each route, for metrics and /ready. */
  readonly aliases: readonly string[];
  /** The percent behind each route, as stored. */
  readonly percents: readonly number[];
}
