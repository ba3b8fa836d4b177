import type { DriftMeasurement } from '../drift/drift-statistic.js';
import type { CategoricalHistogram, NumericHistogram } from './drift-report.js';

/** What comparing one column's two sides produced, before judging it. */
export interface ColumnComparison {
  /** The statistic's result; absent when it failed (`error`). */
  readonly measurement?: DriftMeasurement;
  readonly error?: string;
  readonly histogram: NumericHistogram | CategoricalHistogram | null;
  /** Added to the measurement's details in the report. */
  readonly details?: Readonly<Record<string, unknown>>;
}
