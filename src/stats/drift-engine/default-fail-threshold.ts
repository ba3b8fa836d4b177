/** FAIL level of a distance, as a multiple of its drift threshold: the seeds' PSI 0.1 → 0.25. */
const DISTANCE_FAIL_FACTOR = 2.5;
/** FAIL level of a p-value, as a divisor of its drift threshold: 0.05 → 0.01. */
const P_VALUE_FAIL_DIVISOR = 5;

/**
 * The FAIL level of a column when none is given. At the statistic's default threshold, the
 * statistic's own `failThreshold` when it has one (PSI: 0.25, the seeds'). Otherwise a distance
 * fails at 2.5 times its drift threshold (the same ratio as the seeds' 0.1 → 0.25) and a p-value
 * below a fifth of it (0.05 → 0.01).
 *
 * @example defaultFailThreshold({ scoreKind: 'distance', defaultThreshold: 0.1 }, 0.2) // 0.5
 */
export function defaultFailThreshold(
  statistic: {
    readonly scoreKind: 'p_value' | 'distance';
    readonly defaultThreshold: number;
    readonly failThreshold?: number;
  },
  threshold: number,
): number {
  if (statistic.failThreshold !== undefined && threshold === statistic.defaultThreshold)
    return statistic.failThreshold;
  return statistic.scoreKind === 'distance'
    ? threshold * DISTANCE_FAIL_FACTOR
    : threshold / P_VALUE_FAIL_DIVISOR;
}
