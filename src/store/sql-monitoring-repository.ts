import type { Kysely, Selectable } from 'kysely';
import type { Alert, AlertSeverity, NewAlert } from '../core/entities/alert.js';
import type { JobRun, JobRunStatus, NewJobRun } from '../core/entities/job-run.js';
import type {
  MonitoringReport,
  MonitoringStatus,
  NewMonitoringReport,
} from '../core/entities/monitoring-report.js';
import type { MonitoringRepository } from '../core/ports/monitoring-repository.js';
import { SextantError } from '../core/sextant-error.js';
import { parseJsonColumn } from './parse-json-column.js';
import type { SqlDatabase } from './sql-database.js';

const DEFAULT_REPORT_LIMIT = 50;
const DEFAULT_LIST_LIMIT = 100;

/**
 * Monitoring reports, alerts and job runs in SQL: append-only history, read newest first. Ties on
 * the instant are broken by id so that "newest" is the one written last.
 */
export class SqlMonitoringRepository implements MonitoringRepository {
  constructor(private readonly db: Kysely<SqlDatabase>) {}

  async saveReport(report: NewMonitoringReport): Promise<MonitoringReport> {
    const row = await this.db
      .insertInto('monitoring_reports')
      .values({
        model_name: report.modelName,
        version: report.version,
        run_id: report.runId,
        status: report.status,
        summary_json: JSON.stringify(report.summary),
        report_json: JSON.stringify(report.report),
        window_start: report.windowStart?.getTime() ?? null,
        window_end: report.windowEnd?.getTime() ?? null,
        created_at: report.createdAt.getTime(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toReport(row);
  }

  async listReports(modelName: string, limit = DEFAULT_REPORT_LIMIT): Promise<MonitoringReport[]> {
    const rows = await this.db
      .selectFrom('monitoring_reports')
      .selectAll()
      .where('model_name', '=', modelName)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toReport);
  }

  async findLatestReport(modelName: string): Promise<MonitoringReport | undefined> {
    return (await this.listReports(modelName, 1))[0];
  }

  async recordAlert(alert: NewAlert): Promise<Alert> {
    const row = await this.db
      .insertInto('alerts')
      .values({
        rule: alert.rule,
        model_name: alert.modelName,
        severity: alert.severity,
        message: alert.message,
        dedup_key: alert.dedupKey,
        payload_json: JSON.stringify(alert.payload),
        deliveries_json: JSON.stringify(alert.deliveries),
        created_at: alert.createdAt.getTime(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAlert(row);
  }

  async listAlerts(query: { modelName?: string; limit?: number } = {}): Promise<Alert[]> {
    const rows = await this.db
      .selectFrom('alerts')
      .selectAll()
      .$if(query.modelName !== undefined, (qb) => qb.where('model_name', '=', query.modelName!))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit ?? DEFAULT_LIST_LIMIT)
      .execute();
    return rows.map(toAlert);
  }

  async findLatestAlert(dedupKey: string): Promise<Alert | undefined> {
    const row = await this.db
      .selectFrom('alerts')
      .selectAll()
      .where('dedup_key', '=', dedupKey)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : toAlert(row);
  }

  async startJobRun(run: NewJobRun): Promise<JobRun> {
    const row = await this.db
      .insertInto('job_runs')
      .values({
        job_name: run.jobName,
        trigger: run.trigger,
        status: 'running',
        log: '',
        error: null,
        started_at: run.startedAt.getTime(),
        finished_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toJobRun(row);
  }

  async finishJobRun(
    id: number,
    outcome: {
      status: Exclude<JobRunStatus, 'running'>;
      log: string;
      error?: string | null;
      finishedAt: Date;
    },
  ): Promise<JobRun> {
    // Only a running job run can finish, so a late duplicate finish cannot overwrite the outcome.
    const row = await this.db
      .updateTable('job_runs')
      .set({
        status: outcome.status,
        log: outcome.log,
        error: outcome.error ?? null,
        finished_at: outcome.finishedAt.getTime(),
      })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .returningAll()
      .executeTakeFirst();
    if (row !== undefined) return toJobRun(row);
    const existing = await this.db
      .selectFrom('job_runs')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirst();
    if (existing === undefined) {
      throw new SextantError('RUN_NOT_FOUND', `no job run with id ${id}`, { jobRunId: id });
    }
    throw new SextantError(
      'INVALID_ARGUMENT',
      `job run ${id} already finished with status ${existing.status}`,
      {
        jobRunId: id,
        status: existing.status,
      },
    );
  }

  async listJobRuns(query: { jobName?: string; limit?: number } = {}): Promise<JobRun[]> {
    const rows = await this.db
      .selectFrom('job_runs')
      .selectAll()
      .$if(query.jobName !== undefined, (qb) => qb.where('job_name', '=', query.jobName!))
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit ?? DEFAULT_LIST_LIMIT)
      .execute();
    return rows.map(toJobRun);
  }
}

function toReport(row: Selectable<SqlDatabase['monitoring_reports']>): MonitoringReport {
  return {
    id: row.id,
    modelName: row.model_name,
    version: row.version,
    runId: row.run_id,
    status: row.status as MonitoringStatus,
    summary: parseJsonColumn<Record<string, unknown>>(row.summary_json, 'report summary'),
    report: parseJsonColumn<Record<string, unknown>>(row.report_json, 'report'),
    windowStart: row.window_start === null ? null : new Date(row.window_start),
    windowEnd: row.window_end === null ? null : new Date(row.window_end),
    createdAt: new Date(row.created_at),
  };
}

function toAlert(row: Selectable<SqlDatabase['alerts']>): Alert {
  return {
    id: row.id,
    rule: row.rule,
    modelName: row.model_name,
    severity: row.severity as AlertSeverity,
    message: row.message,
    dedupKey: row.dedup_key,
    payload: parseJsonColumn<Record<string, unknown>>(row.payload_json, 'alert payload'),
    deliveries: parseJsonColumn<Alert['deliveries']>(row.deliveries_json, 'alert deliveries'),
    createdAt: new Date(row.created_at),
  };
}

function toJobRun(row: Selectable<SqlDatabase['job_runs']>): JobRun {
  return {
    id: row.id,
    jobName: row.job_name,
    trigger: row.trigger as JobRun['trigger'],
    status: row.status as JobRunStatus,
    log: row.log,
    error: row.error,
    startedAt: new Date(row.started_at),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
  };
}
