import type { CategoricalHistogram, NumericHistogram } from '../stats/drift-engine/drift-report.js';
import { escapeHtml } from './escape-html.js';

const WIDTH = 180;
const HEIGHT = 44;

/**
 * A small inline SVG of a column's histogram: reference bars in grey, current bars outlined in
 * blue, on one scale, with a `<title>` tooltip (edges, or labels with both shares). One `<path>`
 * per side keeps it to a few hundred bytes, so a 200-column page stays small and opens at once.
 *
 * @example histogramSvg(column.histogram)
 */
export function histogramSvg(histogram: NumericHistogram | CategoricalHistogram): string {
  const reference = [...histogram.reference];
  const current = [...histogram.current];
  if (histogram.kind === 'categorical' && histogram.other !== null) {
    reference.push(histogram.other.reference);
    current.push(histogram.other.current);
  }
  const top = Math.max(...reference, ...current, 1e-12);
  const width = WIDTH / Math.max(1, reference.length);
  const path = (shares: number[], inset: number): string =>
    shares
      .map((share, bin) => {
        const height = Math.max(0, (share / top) * (HEIGHT - 2));
        if (height === 0) return '';
        const x = bin * width + inset;
        return `M${round(x)} ${HEIGHT}v${round(-height)}h${round(width - 2 * inset)}v${round(height)}`;
      })
      .join('');
  const title =
    histogram.kind === 'numeric'
      ? `${formatNumber(histogram.edges[0]!)} … ${formatNumber(histogram.edges[histogram.edges.length - 1]!)}`
      : [
          ...histogram.labels.map(
            (label, i) => `${label}: ${percent(histogram.reference[i]!)} → ${percent(histogram.current[i]!)}`,
          ),
          ...(histogram.other === null
            ? []
            : [
                `(${histogram.other.labels} other): ${percent(histogram.other.reference)} → ${percent(histogram.other.current)}`,
              ]),
        ].join('\n');
  return (
    `<svg width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><title>${escapeHtml(title)}</title>` +
    `<path class="r" d="${path(reference, 0)}"/><path class="c" d="${path(current, width * 0.25)}"/></svg>`
  );
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function formatNumber(value: number): string {
  return Math.abs(value) >= 1e6 || (Math.abs(value) < 1e-3 && value !== 0)
    ? value.toExponential(3)
    : String(Number(value.toPrecision(6)));
}
