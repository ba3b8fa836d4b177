import type { ColumnDrift } from '../api/api-types';
import { columnScore } from '../components/column-score';
import { HistogramChart } from '../components/histogram-chart';
import { Num } from '../components/num';
import { StatusBadge } from '../components/status-badge';

/**
 * One column of a drift report: status, test, its score (p-value or distance, `drift-score`)
 * against its threshold, the raw statistic of p-value tests, missing counts, and
 * the reference-against-current histogram. "Over time" selects it for the page's history chart.
 */
export function DriftColumnCard({
  column,
  onHistory,
}: {
  readonly column: ColumnDrift;
  readonly onHistory: () => void;
}) {
  const missing = (side: ColumnDrift['reference']) => (side === null ? null : side.missing + side.infinite);
  const pValueTest = column.test?.scoreKind === 'p_value';
  return (
    <article
      className={`card drift-card drift-card-${column.status}`}
      data-testid={`drift-column-${column.name}`}
      data-status={column.status}
      data-drifted={column.drifted === null ? '' : String(column.drifted)}
    >
      <div className="card-head">
        <h3 title={column.name}>{column.name}</h3>
        <StatusBadge status={column.status} testId="drift-status" />
      </div>
      <dl className="facts">
        <div>
          <dt>type</dt>
          <dd>{column.type}</dd>
        </div>
        {column.test !== null && (
          <>
            <div>
              <dt>test</dt>
              <dd data-testid="drift-test" title={`${column.test.label}: ${column.test.reason}`}>
                {column.test.name}
              </dd>
            </div>
            <div>
              <dt>{pValueTest ? 'p-value' : 'distance'}</dt>
              <dd>
                <Num value={columnScore(column)} testId="drift-score" />
              </dd>
            </div>
            <div>
              <dt>threshold</dt>
              <dd>
                <Num value={column.threshold} testId="drift-threshold" />
              </dd>
            </div>
            {pValueTest && (
              <div>
                <dt>statistic</dt>
                <dd>
                  <Num value={column.statistic} testId="drift-statistic" />
                </dd>
              </div>
            )}
          </>
        )}
        <div>
          <dt>missing ref / cur</dt>
          <dd>
            <Num value={missing(column.reference)} testId="drift-missing-reference" /> /{' '}
            <Num value={missing(column.current)} testId="drift-missing-current" />
          </dd>
        </div>
      </dl>
      {column.message !== null && <p className="muted">{column.message}</p>}
      {column.histogram !== null && <HistogramChart histogram={column.histogram} />}
      {column.statistic !== null && (
        <button type="button" className="link-button" onClick={onHistory} data-testid="drift-column-history">
          Over time
        </button>
      )}
    </article>
  );
}
