import type { MonitoringStatus } from '../core/entities/monitoring-report.js';

const RANK: Readonly<Record<MonitoringStatus, number>> = { OK: 0, WARN: 1, FAIL: 2 };

/** The most severe of some statuses (OK when there are none). */
export function worstStatus(statuses: readonly (MonitoringStatus | undefined)[]): MonitoringStatus {
  let worst: MonitoringStatus = 'OK';
  for (const status of statuses) if (status !== undefined && RANK[status] > RANK[worst]) worst = status;
  return worst;
}
