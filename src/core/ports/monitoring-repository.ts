import type { Alert, NewAlert } from '../entities/alert.js';
import type { JobRun, JobRunStatus, NewJobRun } from '../entities/job-run.js';
import type { MonitoringReport, NewMonitoringReport } from '../entities/monitoring-report.js';

/** Monitoring reports, alert history and job runs: the operational history of a workspace. */
export interface MonitoringRepository {
  saveReport(report: NewMonitoringReport): Promise<MonitoringReport>;
  /** Newest first; default limit 50. */
  listReports(modelName: string, limit?: number): Promise<MonitoringReport[]>;
  findLatestReport(modelName: string): Promise<MonitoringReport | undefined>;

  recordAlert(alert: NewAlert): Promise<Alert>;
  /** Newest first; default limit 100. */
  listAlerts(query?: { modelName?: string; limit?: number }): Promise<Alert[]>;
  /** The newest alert with this dedup key (for cooldowns). */
  findLatestAlert(dedupKey: string): Promise<Alert | undefined>;

  startJobRun(run: NewJobRun): Promise<JobRun>;
  /** Records how a job run ended; RUN_NOT_FOUND for an unknown id, INVALID_ARGUMENT once finished. */
  finishJobRun(
    id: number,
    outcome: {
      status: Exclude<JobRunStatus, 'running'>;
      log: string;
      error?: string | null;
      finishedAt: Date;
    },
  ): Promise<JobRun>;
  /** Newest first; default limit 100. */
  listJobRuns(query?: { jobName?: string; limit?: number }): Promise<JobRun[]>;
}
