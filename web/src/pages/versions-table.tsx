import type { ModelDetail } from '../api/api-types';
import { LineageLinks } from '../components/lineage-links';
import { Num } from '../components/num';
import { StatusBadge } from '../components/status-badge';
import { TimeText } from '../components/time-text';

/**
 * A model's versions, newest first: status, the aliases pointing at each, its evaluation metrics
 * (`metric-<name>`, exact values in data-value) and lineage to its run and datasets.
 */
export function VersionsTable({
  detail,
  label,
}: {
  readonly detail: ModelDetail;
  readonly label: (id: number) => string;
}) {
  const versions = [...detail.versions].sort((a, b) => b.version - a.version);
  if (versions.length === 0) return <p className="empty">No version registered.</p>;
  return (
    <div className="table-wrap">
      <table className="stack">
        <thead>
          <tr>
            <th>version</th>
            <th>status</th>
            <th>aliases</th>
            <th>metrics</th>
            <th>lineage</th>
            <th>created</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} data-testid={`version-row-${v.version}`} data-version={v.version}>
              <td data-label="version">
                <strong>v{v.version}</strong>
              </td>
              <td data-label="status">
                <StatusBadge status={v.status} testId="version-status" />
              </td>
              <td data-label="aliases">
                {detail.aliases
                  .filter((a) => a.version === v.version)
                  .map((a) => (
                    <span key={a.alias} className="chip">
                      {a.alias}
                    </span>
                  ))}
              </td>
              <td data-label="metrics">
                <dl className="metrics">
                  {Object.entries(v.metrics).map(([metric, value]) => (
                    <div key={metric}>
                      <dt>{metric}</dt>
                      <dd>
                        <Num value={value} testId={`metric-${metric}`} />
                      </dd>
                    </div>
                  ))}
                </dl>
              </td>
              <td data-label="lineage">
                <LineageLinks runId={v.runId} datasetVersionIds={v.datasetVersionIds} label={label} />
              </td>
              <td data-label="created">
                <TimeText iso={v.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
