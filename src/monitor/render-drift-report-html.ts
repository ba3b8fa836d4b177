import type { ColumnDriftReport, DriftReport } from '../stats/drift-engine/drift-report.js';
import { escapeHtml } from './escape-html.js';
import { histogramSvg } from './histogram-svg.js';

const STYLE = `body{font:14px system-ui,sans-serif;margin:24px;color:#1c1c1c}h1{font-size:20px;margin:0 0 8px}
table{border-collapse:collapse;width:100%}th,td{padding:4px 8px;border-bottom:1px solid #e3e3e3;text-align:left;vertical-align:middle}
th{cursor:pointer;user-select:none;background:#f6f6f6;position:sticky;top:0}th:after{content:" \\2195";color:#aaa}
td.n{text-align:right;font-variant-numeric:tabular-nums}.b{padding:1px 6px;border-radius:3px;font-size:12px;font-weight:600}
.OK{background:#dff3e0;color:#1b5e20}.WARN{background:#fff3cd;color:#7a5a00}.FAIL{background:#fbdada;color:#8b1a1a}
.other{background:#eceff1;color:#455a64}svg .r{fill:#b0b0b0}svg .c{fill:none;stroke:#1565c0;stroke-width:1.2}
.m{color:#666;font-size:12px}.sum{margin:8px 0 16px}`;

/** Sorts the table by a clicked header: numbers by data-v, else text; a second click reverses. */
const SCRIPT = `document.querySelectorAll('th').forEach((th,i)=>th.onclick=()=>{const b=th.closest('table').tBodies[0];
const d=th.dataset.d=th.dataset.d==='1'?'-1':'1';const k=r=>{const c=r.cells[i];const v=c.dataset.v;return v===undefined?c.textContent:Number(v)};
[...b.rows].sort((x,y)=>{const p=k(x),q=k(y);return (p<q?-1:p>q?1:0)*d}).forEach(r=>b.appendChild(r))})`;

const SEVERITY: Record<string, number> = {
  FAIL: 0,
  WARN: 1,
  ERROR: 2,
  TYPE_MISMATCH: 3,
  REFERENCE_ONLY: 4,
  CURRENT_ONLY: 5,
  INSUFFICIENT_DATA: 6,
  OK: 7,
  SKIPPED: 8,
};

/**
 * A self-contained HTML page for a drift report: the dataset verdict, then one sortable row per
 * column (worst first) with its type, test, statistic, p-value, threshold, status, missing counts
 * and an inline SVG histogram of reference against current. No external asset, no CDN, no raw
 * values: only the report's aggregated numbers. About 1 KB per column, so 200 columns make a
 * page of a few hundred KB that a browser renders at once.
 *
 * @example await writeFile('drift.html', renderDriftReportHtml(report));
 */
export function renderDriftReportHtml(report: DriftReport): string {
  const { dataset } = report;
  const verdict = dataset.drift ? 'Dataset drift detected' : 'No dataset drift';
  const rows = [...report.columns]
    .sort((a, b) => (SEVERITY[a.status] ?? 9) - (SEVERITY[b.status] ?? 9))
    .map(row)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Drift report: ${escapeHtml(report.current.source)}</title><style>${STYLE}</style></head><body>
<h1>${verdict} <span class="b ${dataset.status}">${dataset.status}</span></h1>
<div class="sum">${dataset.drifted} of ${dataset.compared} compared columns drifted (${share(dataset.driftedShare)}; dataset drift from ${share(dataset.driftShare)}).
Reference: ${escapeHtml(report.reference.source)} (${report.reference.rows} rows${report.reference.fromProfile ? ', saved profile' : ''}).
Current: ${escapeHtml(report.current.source)} (${report.current.rows} rows). Generated ${escapeHtml(report.generatedAt)}.
<span class="m">Histograms: reference grey, current blue outline.</span></div>
<table><thead><tr><th>column</th><th>type</th><th>test</th><th>statistic</th><th>p-value</th><th>threshold</th><th>status</th><th>missing ref / cur</th><th>histogram</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<script>${SCRIPT}</script>
</body></html>
`;
}

function row(column: ColumnDriftReport): string {
  const status = column.status;
  const badge = `<span class="b ${status === 'OK' || status === 'WARN' || status === 'FAIL' ? status : 'other'}">${status}</span>`;
  const test =
    column.test === null
      ? `<span class="m">${escapeHtml(column.message ?? '')}</span>`
      : `<span title="${escapeHtml(`${column.test.label}; ${column.test.reason}`)}">${escapeHtml(column.test.name)}</span>`;
  const missing = (side: ColumnDriftReport['reference']) =>
    side === null ? '-' : `${side.missing + side.infinite}`;
  return (
    `<tr><td>${escapeHtml(column.name)}</td><td>${column.type}</td><td>${test}</td>` +
    numberCell(column.statistic) +
    numberCell(column.pValue) +
    numberCell(column.threshold) +
    `<td data-v="${SEVERITY[status] ?? 9}">${badge}</td>` +
    `<td class="n">${missing(column.reference)} / ${missing(column.current)}</td>` +
    `<td>${column.histogram === null ? '' : histogramSvg(column.histogram)}</td></tr>`
  );
}

function numberCell(value: number | null): string {
  if (value === null) return '<td class="n" data-v="-1">-</td>';
  const shown =
    value !== 0 && Math.abs(value) < 1e-4 ? value.toExponential(2) : String(Number(value.toPrecision(4)));
  return `<td class="n" data-v="${value}">${shown}</td>`;
}

function share(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}
