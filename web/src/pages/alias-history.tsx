import type { AliasHistoryEntry } from '../api/api-types';
import { SeriesChart } from '../components/series-chart';
import { TimeText } from '../components/time-text';

/**
 * Every alias move, as a step chart of version per alias over time and as a timeline list
 * (newest first, as the API sends it) with who moved it and why.
 */
export function AliasHistory({ history }: { readonly history: readonly AliasHistoryEntry[] }) {
  if (history.length === 0) return <p className="empty">No alias has been set yet.</p>;
  const aliases = [...new Set(history.map((h) => h.alias))].sort();
  // Each point holds every alias's version after that move, so a line runs on until its alias moves.
  const state: Record<string, number | null> = {};
  const rows = [...history]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id)
    .map((h) => {
      state[h.alias] = h.toVersion;
      return { at: h.at, ...state };
    });
  return (
    <>
      <SeriesChart
        rows={rows}
        series={aliases.map((alias) => ({ key: alias, name: alias }))}
        step
        integer
        label="version per alias over time"
        testId="alias-history-chart"
      />
      <ol className="timeline" data-testid="alias-history">
        {history.map((h) => (
          <li
            key={h.id}
            data-testid="alias-history-row"
            data-alias={h.alias}
            data-from={h.fromVersion ?? ''}
            data-to={h.toVersion ?? ''}
          >
            <TimeText iso={h.at} />
            <div>
              <strong>{h.alias}</strong>: {h.fromVersion === null ? 'set' : `v${h.fromVersion}`} →{' '}
              {h.toVersion === null ? 'removed' : `v${h.toVersion}`}
              <span className="muted">
                {' '}
                by {h.actor}
                {h.reason !== '' && ` — ${h.reason}`}
              </span>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
