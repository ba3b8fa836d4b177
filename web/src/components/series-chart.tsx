import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '../format/format-number';
import { formatPercent } from '../format/format-percent';
import { formatTime } from '../format/format-time';
import { chartColors } from './chart-colors';

/** One line of a SeriesChart: the row key holding its values and its legend name. */
export interface Series {
  readonly key: string;
  readonly name: string;
}

/**
 * Values over time as lines: `rows` sorted oldest first, each with an ISO time under `at` and a
 * value (or null for a gap, bridged by the line) per series key. `percent` shows a 0..1 axis;
 * `threshold` draws a dashed red line (a drift test's threshold); `step` holds each value until the next
 * and `integer` keeps the axis to whole numbers (alias versions).
 */
export function SeriesChart({
  rows,
  series,
  percent = false,
  threshold,
  testId,
  label,
  step = false,
  integer = false,
}: {
  readonly rows: readonly Readonly<Record<string, string | number | null>>[];
  readonly series: readonly Series[];
  readonly percent?: boolean;
  readonly threshold?: number | null;
  readonly testId?: string;
  readonly label: string;
  readonly step?: boolean;
  readonly integer?: boolean;
}) {
  const show = (value: unknown) => (percent ? formatPercent(Number(value)) : formatNumber(Number(value)));
  if (rows.length === 0) {
    return (
      <p className="muted" data-testid={testId}>
        No data yet for {label}.
      </p>
    );
  }
  return (
    <figure className="chart" data-testid={testId} aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={[...rows]} margin={{ top: 8, right: 12, bottom: 0, left: -8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="at"
            tickFormatter={(v: string) => formatTime(v, true)}
            tick={{ fontSize: 11 }}
            minTickGap={24}
          />
          <YAxis
            tick={{ fontSize: 11 }}
            width={52}
            allowDecimals={!integer}
            domain={percent ? [0, 1] : ['auto', 'auto']}
            tickFormatter={(v: number) => (percent ? `${Math.round(v * 100)}%` : formatNumber(v))}
          />
          <Tooltip labelFormatter={(v) => formatTime(String(v))} formatter={(value) => show(value)} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {threshold !== undefined && threshold !== null && (
            <ReferenceLine
              y={threshold}
              stroke={chartColors.threshold}
              ifOverflow="extendDomain"
              strokeDasharray="6 4"
              label={{ value: 'threshold', fontSize: 11, position: 'insideTopRight' }}
            />
          )}
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={chartColors.series[i % chartColors.series.length]}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
              type={step ? 'stepAfter' : 'linear'}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
