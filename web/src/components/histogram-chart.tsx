import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CategoricalHistogram, NumericHistogram } from '../api/api-types';
import { formatPercent } from '../format/format-percent';
import { chartColors } from './chart-colors';
import { histogramRows } from './histogram-rows';
import { Num } from './num';

/**
 * Reference against current shares of one column, as grouped bars on one scale, with the exact
 * shares in a collapsible table below (readable without the chart, and comparable by tests).
 */
export function HistogramChart({
  histogram,
}: {
  readonly histogram: NumericHistogram | CategoricalHistogram;
}) {
  const rows = histogramRows(histogram);
  return (
    <div className="histogram" data-testid="histogram" data-kind={histogram.kind}>
      <div className="chart chart-small">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            margin={{ top: 4, right: 4, bottom: 0, left: 0 }}
            barGap={0}
            barCategoryGap="12%"
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 10 }} interval="preserveStartEnd" minTickGap={8} />
            <YAxis
              tick={{ fontSize: 10 }}
              tickFormatter={(v: number) => `${Number((v * 100).toFixed(1))}%`}
              width={44}
            />
            <Tooltip formatter={(value) => formatPercent(Number(value))} />
            <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={null} />
            <Bar
              dataKey="reference"
              name="reference"
              fill={chartColors.reference}
              isAnimationActive={false}
            />
            <Bar dataKey="current" name="current" fill={chartColors.current} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>shares</summary>
        <div className="table-wrap">
          <table className="compact" data-testid="histogram-values">
            <thead>
              <tr>
                <th>{histogram.kind === 'numeric' ? 'bin' : 'label'}</th>
                <th className="n">reference</th>
                <th className="n">current</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: bins are positional and never reorder
                <tr key={i} data-testid="histogram-bin">
                  <td>{row.label}</td>
                  <td className="n">
                    <Num value={row.reference} percent testId="histogram-reference" />
                  </td>
                  <td className="n">
                    <Num value={row.current} percent testId="histogram-current" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
