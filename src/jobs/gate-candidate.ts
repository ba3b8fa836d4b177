/** Metrics where smaller is better (the regression primary metric, RMSE, among them). */
const LOWER_IS_BETTER = new Set(['rmse', 'mae', 'mape', 'log_loss', 'brier']);

/** What the promotion gate weighs. */
export interface GateInput {
  readonly metric: string;
  readonly candidateScore: number;
  readonly productionScore: number;
  /** How much better the candidate must be, in metric units (0.01 = one point of ROC AUC). */
  readonly margin: number;
  /** Without it the gate only reports: nothing is promoted. */
  readonly promoteIfBetter: boolean;
}

export interface GateVerdict {
  readonly promote: boolean;
  /** The candidate cleared the margin, whether or not promotion was asked for. */
  readonly better: boolean;
  readonly higherIsBetter: boolean;
  /** The comparison in words, with its numbers: it goes into alias history and the run. */
  readonly reason: string;
}

/**
 * The promotion gate: the candidate must beat production by at least `margin` on the primary metric,
 * upwards for scores (ROC AUC, macro F1) and downwards for losses (RMSE), and promotion must have been
 * asked for. An undefined score (NaN: one class only among the evaluated rows) never promotes.
 *
 * @example gateCandidate({ metric: 'roc_auc', candidateScore: 0.91, productionScore: 0.88, margin: 0.01, promoteIfBetter: true }).promote // true
 */
export function gateCandidate(input: GateInput): GateVerdict {
  const { metric, candidateScore: c, productionScore: p, margin } = input;
  const higherIsBetter = !LOWER_IS_BETTER.has(metric);
  const shown = (value: number) => (Number.isFinite(value) ? value.toFixed(4) : 'undefined');
  const numbers = `candidate ${metric} ${shown(c)}, production ${shown(p)}, margin ${margin}`;
  if (!Number.isFinite(c) || !Number.isFinite(p)) {
    return {
      promote: false,
      better: false,
      higherIsBetter,
      reason: `${numbers}: the metric is undefined on the evaluation rows, so production stays`,
    };
  }
  const gain = higherIsBetter ? c - p : p - c;
  // A gain equal to the margin clears it, whatever the last bit of floating-point rounding says.
  const better = gain >= margin - 1e-12;
  const comparison = `${numbers}: the candidate is ${gain >= 0 ? 'better' : 'worse'} by ${Math.abs(gain).toFixed(4)}${higherIsBetter ? '' : ' (lower is better)'}`;
  if (!better)
    return {
      promote: false,
      better,
      higherIsBetter,
      reason: `${comparison}, short of the margin; production stays`,
    };
  if (!input.promoteIfBetter) {
    return {
      promote: false,
      better,
      higherIsBetter,
      reason: `${comparison}, clearing the margin; not promoted (promotion was not asked for)`,
    };
  }
  return { promote: true, better, higherIsBetter, reason: `${comparison}, clearing the margin; promoted` };
}
