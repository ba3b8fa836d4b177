/**
 * Samples at most this large (on the smaller side) get a hypothesis test; larger ones an effect size.
 * Evidently's boundary, applied to the smaller side instead of the reference alone.
 */
const SMALL_SAMPLE_MAX = 1000;

/** The default drift test of one column, and why it was chosen (shown in reports). */
export interface DriftStatisticChoice {
  /** Registry name of the statistic. */
  readonly name: string;
  /** Drift threshold when it differs from the statistic's own default. */
  readonly threshold?: number;
  readonly reason: string;
}

/** What the default depends on. */
export interface DriftColumnFacts {
  readonly kind: 'numeric' | 'categorical' | 'text';
  /** Usable values on each side: finite numbers, present labels, present documents. */
  readonly referenceSize: number;
  readonly currentSize: number;
  /** Distinct labels over both sides (categorical columns). */
  readonly categoryCount?: number;
}

/**
 * Sextant's default drift test for a column (docs/drift.md explains each difference from
 * Evidently, whose rules are the baseline):
 * - numeric, smaller side <= 1000 values: `ks` (p < 0.05); above: `psi` (drift at 0.1, FAIL at 0.25:
 *   the seeds' rule and units; Evidently uses `wasserstein_norm` 0.1);
 * - categorical, smaller side <= 1000: `z_proportions` for at most two labels, `chisquare` otherwise
 *   (p < 0.05); above: `jensenshannon` (0.1);
 * - text: `text_vocabulary` (0.1).
 * Evidently looks at the reference size only; the smaller side decides here, because a test's power
 * and a distance's sampling noise both follow the smaller sample (n·m/(n+m) <= min(n, m)).
 *
 * @example selectDriftStatistic({ kind: 'numeric', referenceSize: 5e6, currentSize: 2e5 }).name // 'psi'
 */
export function selectDriftStatistic(facts: DriftColumnFacts): DriftStatisticChoice {
  const smaller = Math.min(facts.referenceSize, facts.currentSize);
  const small = smaller <= SMALL_SAMPLE_MAX;
  const size = `${small ? 'at most' : 'over'} ${SMALL_SAMPLE_MAX} values on the smaller side (${smaller})`;
  switch (facts.kind) {
    case 'numeric':
      return small
        ? { name: 'ks', reason: `numeric, ${size}: a p-value test` }
        : {
            name: 'psi',
            threshold: 0.1,
            reason: `numeric, ${size}: an effect size, as p-values flag trivial shifts`,
          };
    case 'categorical':
      if (!small) {
        return {
          name: 'jensenshannon',
          reason: `categorical, ${size}: an effect size, as p-values flag trivial shifts`,
        };
      }
      return (facts.categoryCount ?? 0) <= 2
        ? { name: 'z_proportions', reason: `binary, ${size}: a p-value test` }
        : { name: 'chisquare', reason: `categorical, ${size}: a p-value test` };
    case 'text':
      return { name: 'text_vocabulary', reason: 'text: shares of the reference vocabulary' };
  }
}
