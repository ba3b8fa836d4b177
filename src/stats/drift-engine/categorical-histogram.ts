import type { CategoricalHistogram } from './drift-report.js';

/**
 * Shares of the `limit` most prominent labels (largest share on either side first; ties by label),
 * of `referenceTotal` and `currentTotal` occurrences, rounded to 6 decimals; the other labels are
 * folded into `other`. Used for categorical columns (labels) and text columns (words).
 *
 * @example categoricalHistogram(new Map([['a', 3], ['b', 1]]), 4, new Map([['a', 1]]), 1, 20)
 */
export function categoricalHistogram(
  reference: ReadonlyMap<string, number>,
  referenceTotal: number,
  current: ReadonlyMap<string, number>,
  currentTotal: number,
  limit: number,
): CategoricalHistogram {
  const share = (count: number, total: number): number =>
    total === 0 ? 0 : Math.round((count / total) * 1e6) / 1e6;
  const prominence = new Map<string, number>();
  for (const [label, count] of reference) prominence.set(label, count / referenceTotal);
  for (const [label, count] of current) {
    prominence.set(label, Math.max(prominence.get(label) ?? 0, count / currentTotal));
  }
  const ranked = [...prominence].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const labels = ranked.slice(0, limit).map(([label]) => label);
  const shown = (counts: ReadonlyMap<string, number>): number =>
    labels.reduce((sum, label) => sum + (counts.get(label) ?? 0), 0);
  const referenceOther = share(referenceTotal - shown(reference), referenceTotal);
  const currentOther = share(currentTotal - shown(current), currentTotal);
  const rest = ranked.length - labels.length;
  return {
    kind: 'categorical',
    labels,
    reference: labels.map((label) => share(reference.get(label) ?? 0, referenceTotal)),
    current: labels.map((label) => share(current.get(label) ?? 0, currentTotal)),
    other:
      rest > 0 || referenceOther > 0 || currentOther > 0
        ? { labels: rest, reference: referenceOther, current: currentOther }
        : null,
  };
}
