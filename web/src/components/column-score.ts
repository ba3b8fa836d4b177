import type { ColumnDrift } from '../api/api-types';

/**
 * The number a column's drift threshold is compared with: the p-value for p-value tests (drift
 * below the threshold), the statistic for distances (drift at or above it); null when not compared.
 */
export function columnScore(column: ColumnDrift | undefined): number | null {
  if (column === undefined || column.test === null) return null;
  return column.test.scoreKind === 'p_value' ? column.pValue : column.statistic;
}
