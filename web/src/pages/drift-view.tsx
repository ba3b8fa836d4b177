import { useState } from 'react';
import type { MonitoringReport } from '../api/api-types';
import { columnSeverity } from '../components/column-severity';
import { Num } from '../components/num';
import { StatusBadge } from '../components/status-badge';
import { TimeText } from '../components/time-text';
import { formatTime } from '../format/format-time';
import { routeHref } from '../router/route-href';
import { DriftColumnCard } from './drift-column-card';
import { DriftHistory } from './drift-history';

/**
 * The body of the drift page once the reports are in: report picker, dataset verdict, the history
 * charts and one card per column (worst first, filterable by name).
 */
export function DriftView({
  name,
  reports,
  reportId,
}: {
  readonly name: string;
  readonly reports: readonly MonitoringReport[];
  readonly reportId: number | null;
}) {
  const [filter, setFilter] = useState('');
  const [column, setColumn] = useState<string | null>(null);
  const withDrift = reports.filter((r) => r.report?.drift != null);
  const selected = reportId === null ? withDrift[0] : withDrift.find((r) => r.id === reportId);
  const drift = selected?.report.drift;
  if (selected === undefined || drift == null) {
    return (
      <p className="empty" data-testid="drift-empty">
        {reportId === null
          ? 'No monitoring report with drift yet. Run one with the button on the model page or sextant monitor.'
          : `Report #${reportId} has no drift section (or is not among the last 100).`}
      </p>
    );
  }
  const columns = [...drift.columns]
    .filter((c) => c.name.toLowerCase().includes(filter.trim().toLowerCase()))
    .sort((a, b) => columnSeverity(a.status) - columnSeverity(b.status) || a.name.localeCompare(b.name));
  const historyColumn =
    column ??
    [...drift.columns]
      .filter((c) => c.test !== null)
      .sort((a, b) => columnSeverity(a.status) - columnSeverity(b.status))[0]?.name ??
    null;

  return (
    <>
      <div className="panel" data-testid="drift-summary" data-report-id={selected.id}>
        <div className="page-head">
          <h2>{drift.dataset.drift ? 'Dataset drift detected' : 'No dataset drift'}</h2>
          <StatusBadge status={drift.dataset.status} testId="drift-dataset-status" />
        </div>
        <label className="inline-field">
          report{' '}
          <select
            value={selected.id}
            onChange={(event) => {
              window.location.hash = routeHref(['drift', name], { report: event.target.value });
            }}
            data-testid="drift-report-select"
          >
            {withDrift.map((r) => (
              <option key={r.id} value={r.id}>
                #{r.id} {formatTime(r.createdAt)} {r.status}
                {r.version === null ? '' : ` v${r.version}`}
              </option>
            ))}
          </select>
        </label>
        <p>
          <Num value={drift.dataset.drifted} testId="drift-drifted-count" /> of{' '}
          <Num value={drift.dataset.compared} testId="drift-compared-count" /> compared columns drifted (
          <Num value={drift.dataset.driftedShare} percent testId="drift-drifted-share" />; dataset drift from{' '}
          <Num value={drift.dataset.driftShare} percent testId="drift-share-threshold" />
          ).
        </p>
        <p className="muted">
          Reference {drift.reference.source} (
          <Num value={drift.reference.rows} testId="drift-reference-rows" /> rows
          {drift.reference.fromProfile ? ', saved profile' : ''}); current {drift.current.source} (
          <Num value={drift.current.rows} testId="drift-current-rows" /> rows); window{' '}
          <TimeText iso={selected.windowStart} /> – <TimeText iso={selected.windowEnd} />; generated{' '}
          <TimeText iso={drift.generatedAt} />.
        </p>
      </div>
      <DriftHistory
        reports={withDrift}
        column={historyColumn}
        onColumn={setColumn}
        columns={drift.columns}
        selected={selected}
      />
      <div className="page-head">
        <h2>Columns</h2>
        <input
          type="search"
          placeholder="filter columns"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          aria-label="filter columns"
          data-testid="drift-filter"
        />
      </div>
      <div className="cards cards-wide" data-testid="drift-columns">
        {columns.map((c) => (
          <DriftColumnCard
            key={c.name}
            column={c}
            onHistory={() => {
              setColumn(c.name);
              document.getElementById('drift-history')?.scrollIntoView({ behavior: 'smooth' });
            }}
          />
        ))}
      </div>
    </>
  );
}
