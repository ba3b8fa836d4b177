import { routeHref } from '../router/route-href';

/**
 * Where a model version or run came from: a link to its run, and the dataset versions it read,
 * labelled by `label` (see datasetLabeller).
 */
export function LineageLinks({
  runId,
  datasetVersionIds,
  label,
}: {
  readonly runId: string | null;
  readonly datasetVersionIds: readonly number[];
  readonly label: (id: number) => string;
}) {
  return (
    <div className="lineage" data-testid="lineage">
      {runId !== null && (
        <div>
          run{' '}
          <a href={routeHref(['runs', runId])} data-testid="lineage-run" data-run-id={runId} title={runId}>
            {runId.slice(0, 8)}
          </a>
        </div>
      )}
      {datasetVersionIds.map((id) => (
        <div key={id} data-testid="lineage-dataset" data-dataset-version-id={id}>
          {label(id)}
        </div>
      ))}
      {runId === null && datasetVersionIds.length === 0 && <span className="muted">none recorded</span>}
    </div>
  );
}
