/**
 * scikit-learn's early-stopping rule on validation losses (the loss before any tree first): stop when
 * none of the last `nIterNoChange` losses is below the loss `nIterNoChange + 1` entries back by more
 * than `tol`. Needs that many entries before it can stop at all.
 */
export function shouldStopEarly(losses: readonly number[], nIterNoChange: number, tol: number): boolean {
  if (losses.length < nIterNoChange + 1) return false;
  const reference = losses[losses.length - nIterNoChange - 1]! - tol;
  for (let i = losses.length - nIterNoChange; i < losses.length; i++) {
    if (losses[i]! < reference) return false;
  }
  return true;
}
