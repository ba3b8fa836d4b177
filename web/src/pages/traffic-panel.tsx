import type { ModelDetail, MonitoringReport } from '../api/api-types';
import { Num } from '../components/num';
import { TimeText } from '../components/time-text';

/**
 * Where a model's default-route predictions go: each alias of the traffic split with its version and
 * percent, and what the latest monitoring run's canary guard made of it (kept, or stopped with its
 * error rate and live metric); production with the rest. A canary the guard stopped has left the
 * split, so it is listed from the report.
 */
export function TrafficPanel({
  detail,
  report,
}: {
  readonly detail: ModelDetail;
  readonly report: MonitoringReport | undefined;
}) {
  const versionOf = (alias: string) => detail.aliases.find((a) => a.alias === alias)?.version;
  const shares = Object.entries(detail.traffic.split);
  const rest = (10_000 - shares.reduce((sum, [, percent]) => sum + Math.round(percent * 100), 0)) / 100;
  const checks = report?.summary.canaries ?? [];
  const stopped = checks.filter((c) => c.stopped && detail.traffic.split[c.alias] === undefined);
  const metric = report?.summary.primaryMetric ?? 'live metric';
  return (
    <>
      {shares.length === 0 ? (
        <p data-testid="traffic-none">production serves every default-route prediction.</p>
      ) : (
        <p className="muted">
          Split set by {detail.traffic.actor}
          {detail.traffic.at !== null && (
            <>
              {' '}
              at <TimeText iso={detail.traffic.at} />
            </>
          )}
          .
        </p>
      )}
      {(shares.length > 0 || stopped.length > 0) && (
        <div className="table-wrap">
          <table className="stack compact">
            <thead>
              <tr>
                <th>alias</th>
                <th>version</th>
                <th>share</th>
                <th>canary guard</th>
                <th>error rate</th>
                <th>{metric}</th>
              </tr>
            </thead>
            <tbody>
              {shares.map(([alias, percent]) => {
                const check = checks.find((c) => c.alias === alias && c.version === versionOf(alias));
                const state = check === undefined ? 'not judged yet' : check.stopped ? 'stopped' : 'kept';
                return (
                  <tr
                    key={alias}
                    data-testid={`traffic-row-${alias}`}
                    data-version={versionOf(alias) ?? ''}
                    data-percent={percent}
                    data-state={state}
                  >
                    <td data-label="alias">{alias}</td>
                    <td data-label="version">v{versionOf(alias) ?? '?'}</td>
                    <td data-label="share">{percent} %</td>
                    <td data-label="canary guard">{state}</td>
                    <td data-label="error rate">
                      <Num value={check?.errorRate} percent />
                    </td>
                    <td data-label={metric}>
                      <Num value={check?.liveMetric} />
                    </td>
                  </tr>
                );
              })}
              {stopped.map((c) => (
                <tr
                  key={`stopped-${c.alias}`}
                  data-testid={`traffic-row-${c.alias}`}
                  data-version={c.version}
                  data-percent={0}
                  data-state="stopped"
                >
                  <td data-label="alias">{c.alias}</td>
                  <td data-label="version">v{c.version}</td>
                  <td data-label="share">0 % (was {c.percent} %)</td>
                  <td data-label="canary guard">
                    <strong>stopped</strong>
                  </td>
                  <td data-label="error rate">
                    <Num value={c.errorRate} percent />
                  </td>
                  <td data-label={metric}>
                    <Num value={c.liveMetric} />
                  </td>
                </tr>
              ))}
              {shares.length > 0 && (
                <tr data-testid="traffic-row-production" data-percent={rest}>
                  <td data-label="alias">production</td>
                  <td data-label="version">v{versionOf('production') ?? '?'}</td>
                  <td data-label="share">{rest} %</td>
                  <td data-label="canary guard">serving</td>
                  <td data-label="error rate" />
                  <td data-label={metric} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
