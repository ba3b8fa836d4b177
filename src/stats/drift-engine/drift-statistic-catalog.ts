import type { DriftStatistic } from '../drift/drift-statistic.js';
import type { TextDriftStatistic } from '../drift/text-drift-statistic.js';

/** A drift statistic of any column kind. */
export type AnyDriftStatistic = DriftStatistic | TextDriftStatistic;

/**
 * Where the drift engine finds statistics by name. The default (defaultDriftStatisticCatalog)
 * wraps the statistic registry; tests may pass a small one, which keeps computation in process
 * (worker threads always use the default).
 */
export interface DriftStatisticCatalog {
  /** The statistic called `name` that compares columns of `kind`, if there is one. */
  find(name: string, kind: 'numeric' | 'categorical' | 'text'): AnyDriftStatistic | undefined;
  /** The names usable for `kind`, for messages. */
  names(kind: 'numeric' | 'categorical' | 'text'): readonly string[];
}
