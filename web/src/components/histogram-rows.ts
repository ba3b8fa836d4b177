import type { CategoricalHistogram, NumericHistogram } from '../api/api-types';
import { formatNumber } from '../format/format-number';

/** One bar pair of a histogram chart: its label and each side's share. */
export interface HistogramRow {
  readonly label: string;
  readonly reference: number;
  readonly current: number;
}

/**
 * A drift report histogram as chart rows. Numeric bins are labelled by their edges (`0.5–1.2`;
 * the end bins also hold values beyond the edges), categorical ones by their label, and the folded
 * rest as `(N other)`. Shares are passed through unchanged.
 *
 * @example histogramRows({ kind: 'numeric', edges: [0, 1, 2], reference: [0.5, 0.5], current: [0.2, 0.8] })
 */
export function histogramRows(histogram: NumericHistogram | CategoricalHistogram): HistogramRow[] {
  const count = Math.min(histogram.reference.length, histogram.current.length);
  const rows: HistogramRow[] = [];
  for (let i = 0; i < count; i++) {
    const label =
      histogram.kind === 'numeric'
        ? `${formatNumber(histogram.edges[i])}–${formatNumber(histogram.edges[i + 1])}`
        : (histogram.labels[i] ?? `#${i + 1}`);
    rows.push({ label, reference: histogram.reference[i] ?? 0, current: histogram.current[i] ?? 0 });
  }
  if (histogram.kind === 'categorical' && histogram.other !== null) {
    rows.push({
      label: `(${histogram.other.labels} other)`,
      reference: histogram.other.reference,
      current: histogram.other.current,
    });
  }
  return rows;
}
