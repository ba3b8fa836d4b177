import { describe, expect, it } from 'vitest';
import type { ColumnDriftReport, DriftReport } from '../stats/drift-engine/drift-report.js';
import { renderDriftReportHtml } from './render-drift-report-html.js';

const shares = (k: number, bins: number) =>
  Array.from({ length: bins }, (_, i) => Math.round((Math.exp(-((i - k) ** 2) / 20) / 4.4) * 1e6) / 1e6);

function column(index: number): ColumnDriftReport {
  const numeric = index % 4 !== 0;
  const edges = Array.from({ length: 21 }, (_, i) => -3.25 + i * 0.325);
  return {
    name: index === 0 ? '<script>alert("x")</script>' : `feature_${index}`,
    type: numeric ? 'numeric' : 'categorical',
    kind: numeric ? 'numeric' : 'categorical',
    status: index % 3 === 0 ? 'FAIL' : 'OK',
    drifted: index % 3 === 0,
    message: null,
    test: { name: numeric ? 'psi' : 'jensenshannon', label: 'x', scoreKind: 'distance', reason: 'default' },
    statistic: 0.123456789 * index,
    pValue: null,
    threshold: 0.1,
    failThreshold: 0.25,
    reference: { rows: 1_000_000, used: 990_000, missing: 10_000, infinite: 0 },
    current: { rows: 1_000_000, used: 1_000_000, missing: 0, infinite: 0 },
    histogram: numeric
      ? { kind: 'numeric', edges, reference: shares(10, 20), current: shares(12, 20) }
      : {
          kind: 'categorical',
          labels: ['alpha', 'beta', '"gamma" & co'],
          reference: [0.5, 0.3, 0.2],
          current: [0.2, 0.3, 0.4],
          other: { labels: 3, reference: 0, current: 0.1 },
        },
    details: { raw: 'never shown' },
  };
}

const report: DriftReport = {
  schemaVersion: 1,
  generatedAt: '2026-11-23T10:00:00.000Z',
  reference: { source: 'ref.parquet', rows: 1_000_000, fromProfile: true },
  current: { source: 'today.csv', rows: 1_000_000 },
  dataset: {
    columns: 200,
    compared: 200,
    drifted: 67,
    driftedShare: 0.335,
    driftShare: 0.5,
    drift: false,
    status: 'FAIL',
  },
  columns: Array.from({ length: 200 }, (_, i) => column(i)),
};

describe('renderDriftReportHtml', () => {
  const html = renderDriftReportHtml(report);

  it('is one small self-contained page for 200 columns', () => {
    expect(html.length).toBeLessThan(300_000);
    expect(html.match(/<tr>/g)).toHaveLength(201);
    expect(html.match(/<svg /g)).toHaveLength(200);
    expect(html).not.toMatch(/https?:|<link|<img|<iframe|src=|@import|url\(/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('shows the verdict, and per column the test, statistic, threshold and status, worst first', () => {
    expect(html).toContain('No dataset drift <span class="b FAIL">FAIL</span>');
    expect(html).toContain('67 of 200 compared columns drifted (33.5%; dataset drift from 50%)');
    const rows = html.split('<tr>').slice(2);
    expect(rows[0]).toContain('<span class="b FAIL">FAIL</span>');
    expect(rows[199]).toContain('<span class="b OK">OK</span>');
    expect(html).toContain('<td class="n" data-v="0.1">0.1</td>');
  });

  it('escapes names and labels and leaves out details', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&quot;gamma&quot; &amp; co: 20.0% → 40.0%');
    expect(html).not.toContain('never shown');
  });
});
