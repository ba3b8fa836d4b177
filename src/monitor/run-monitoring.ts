import { randomUUID } from 'node:crypto';
import type { AliasChange } from '../core/entities/alias.js';
import type { MonitoringStatus } from '../core/entities/monitoring-report.js';
import type { LabelledPrediction } from '../core/entities/prediction-record.js';
import { REFERENCE_PROFILE_TAG } from '../core/reference-profile-tag.js';
import { isSextantError } from '../core/sextant-error.js';
import { RunSteps } from '../jobs/run-steps.js';
import { PRIMARY_METRIC } from '../learn/evaluate-predictions.js';
import type { ModelSignature } from '../learn/model-signature.js';
import { PREDICTION_COLUMN } from '../learn/prediction-column.js';
import { isRollback } from '../registry/is-rollback.js';
import { rollbackAlias } from '../registry/rollback-alias.js';
import { computeDrift } from '../stats/drift-engine/compute-drift.js';
import type { ColumnDriftReport, DriftReport } from '../stats/drift-engine/drift-report.js';
import { summarizeDatasetDrift } from '../stats/drift-engine/summarize-dataset-drift.js';
import { decodeReferenceProfile } from '../stats/drift-profile/decode-reference-profile.js';
import type { AlertCandidate, AlertSummary } from './alert-rule.js';
import { assessDataQuality, type DataQualityReport } from './assess-data-quality.js';
import { type DispatchOutcome, dispatchAlerts } from './dispatch-alerts.js';
import { evaluateAlertRules } from './evaluate-alert-rules.js';
import { type CanaryCheck, guardCanaries } from './guard-canaries.js';
import { judgePerformance } from './judge-performance.js';
import { type LivePerformance, measureLivePerformance } from './measure-live-performance.js';
import type {
  HealthProbeResult,
  MonitoringDeps,
  MonitoringResult,
  MonitoringSpec,
  RequestStats,
} from './monitoring-spec.js';
import { primaryMetricOf } from './primary-metric-of.js';
import { windowFrame } from './window-frame.js';
import { worstStatus } from './worst-status.js';

const HOUR = 3_600_000;
/** Version of the stored report layout (`report` of a MonitoringReport). */
export const MONITORING_REPORT_SCHEMA_VERSION = 1;

/**
 * One monitoring run of a model, as the seeds' daily DAG does it and more: the server's health and a
 * test prediction; data drift of the logged inputs in a window against the served version's reference
 * profile (saved at training, so the training data is never read again); prediction drift; data
 * quality; live performance from feedback joined by request id. The verdict OK / WARN / FAIL is the
 * worst of its parts; the report is stored with its history, alerts go out (deduplicated, with a
 * cooldown), and a promotion younger than the watch window is rolled back when it crossed a limit.
 * Returns a result value and never throws half-way; the run is recorded as a `monitor` run.
 */
export async function runMonitoring(deps: MonitoringDeps, spec: MonitoringSpec): Promise<MonitoringResult> {
  const steps = new RunSteps(deps.onStep);
  const alias = spec.alias ?? 'production';
  const end = deps.clock.now();
  const start = new Date(end.getTime() - (spec.windowMs ?? 24 * HOUR));
  const minRows = spec.minRows ?? 30;
  let runId: string | undefined;
  try {
    const version = await steps.run(
      'resolve',
      async () => {
        await deps.models.getModel(spec.modelName);
        const found = await deps.models.getAlias(spec.modelName, alias);
        return deps.models.getVersion(spec.modelName, found.version);
      },
      (v) => `${v.modelName} version ${v.version} (${alias})`,
    );
    const signature = version.signature as unknown as ModelSignature;
    runId = randomUUID();
    await deps.runs.start({
      id: runId,
      kind: 'monitor',
      modelName: spec.modelName,
      params: {
        alias,
        version: version.version,
        windowStart: start.toISOString(),
        windowEnd: end.toISOString(),
      },
      datasetVersionIds: [],
      gitCommit: null,
      startedAt: end,
    });

    const health = deps.probe
      ? await steps.run(
          'health',
          () => deps.probe?.() as Promise<HealthProbeResult>,
          (h) => (h.ok ? 'ok' : `FAILED: ${h.detail}`),
        )
      : undefined;

    const logged = await steps.run(
      'window',
      () => deps.predictions.listLabelled({ modelName: spec.modelName, from: start, to: end }),
      (rows) => `${rows.length} logged predictions since ${start.toISOString()}`,
    );
    const served = logged.filter((p) => p.version === version.version);

    const drift = await steps.run(
      'drift',
      async () =>
        measureDrift(deps, version.tags[REFERENCE_PROFILE_TAG], served, signature, spec, minRows, end),
      (d) =>
        d.data === null
          ? d.note
          : `${d.data.dataset.drifted}/${d.data.dataset.compared} input columns drifted, ${d.data.dataset.status}`,
    );
    const quality = await steps.run(
      'quality',
      () => (served.length === 0 ? null : assessDataQuality(windowFrame(served, signature), signature)),
      (q) => (q === null ? 'no predictions in the window' : q.status),
    );
    const trainingValue = primaryMetricOf(version.metrics, signature);
    const performance = await steps.run(
      'performance',
      () => measureLivePerformance(served, signature.output, trainingValue ?? undefined),
      (p) =>
        `${p.metric} ${p.value === null ? 'n/a' : p.value.toFixed(4)} on ${p.scored} labels, coverage ${(p.labelCoverage * 100).toFixed(1)}%`,
    );
    const traffic = await deps.trafficStats?.(spec.modelName);
    const requests = traffic?.serving;
    const performanceStatus = judgePerformance(
      performance,
      spec.performanceMargin ?? 0.05,
      spec.minLabelled ?? 30,
    );
    const errorRate = requests && requests.total > 0 ? requests.errors / requests.total : null;
    const status = worstStatus([
      health?.ok === false ? 'FAIL' : undefined,
      drift.data?.dataset.status,
      predictionStatus(drift.prediction),
      quality?.status,
      performanceStatus,
      errorRate !== null && errorRate > 0.05 ? 'FAIL' : undefined,
    ]);

    const rollback = await steps.run(
      'rollback',
      () =>
        maybeRollBack(
          deps,
          spec,
          alias,
          { performance, performanceStatus, errorRate, prediction: drift.prediction },
          end,
        ),
      (change) =>
        change === undefined
          ? 'not needed'
          : `rolled ${alias} back from ${change.fromVersion} to ${change.toVersion}`,
    );
    const canaries = await steps.run(
      'canary',
      () =>
        guardCanaries(deps, {
          modelName: spec.modelName,
          servingVersion: rollback?.toVersion ?? version.version,
          logged,
          serving: performance,
          byVersion: traffic?.byVersion ?? new Map(),
          rules: spec.autoRollback ?? {},
          minLabelled: spec.minLabelled ?? 30,
          now: end,
        }),
      describeCanaries,
    );
    // A stopped canary leaves production as it was, but someone should look at what it did.
    const verdict = canaries.some((c) => c.stopped) ? worstStatus([status, 'WARN']) : status;
    const previous = await deps.monitoring.findLatestReport(spec.modelName);
    const previousTotal = Number(
      (previous?.summary as { driftDetectedTotal?: number } | undefined)?.driftDetectedTotal ?? 0,
    );
    const summary = {
      status: verdict,
      driftStatus: drift.data?.dataset.status ?? null,
      driftShare: drift.data?.dataset.driftedShare ?? null,
      driftedColumns: drift.data?.dataset.drifted ?? 0,
      columnCount: drift.data?.dataset.compared ?? 0,
      driftDetectedTotal: previousTotal + (drift.data?.dataset.drift ? 1 : 0),
      predictionDrift: drift.prediction?.statistic ?? null,
      predictionDriftStatus: drift.prediction?.status ?? null,
      dataQualityStatus: quality?.status ?? null,
      liveMetric: performance.value === null ? null : { name: performance.metric, value: performance.value },
      trainingMetric: trainingValue,
      labelCoverage: performance.labelCoverage,
      labelled: performance.labelled,
      predictionCount: served.length,
      health: health ?? null,
      requests: requests ?? null,
      rolledBack: rollback === undefined ? null : { from: rollback.fromVersion, to: rollback.toVersion },
      canaries: canaries.map((c) => ({
        alias: c.alias,
        version: c.version,
        percent: c.percent,
        errorRate: c.errorRate,
        liveMetric: c.performance.value,
        stopped: c.stopped,
      })),
      primaryMetric: PRIMARY_METRIC[signature.output.task],
    };
    const report = await steps.run(
      'save',
      () =>
        deps.monitoring.saveReport({
          modelName: spec.modelName,
          version: version.version,
          runId: runId as string,
          status: verdict,
          summary,
          report: {
            schemaVersion: MONITORING_REPORT_SCHEMA_VERSION,
            drift: drift.data,
            predictionDrift: drift.prediction,
            driftNote: drift.note,
            quality,
            performance,
            health: health ?? null,
            requests: requests ?? null,
            rollback: rollback ?? null,
            canaries,
          } as unknown as Record<string, unknown>,
          windowStart: start,
          windowEnd: end,
          createdAt: deps.clock.now(),
        }),
      (r) => `report ${r.id}: ${r.status}`,
    );
    const alerts = await steps.run(
      'alert',
      () =>
        sendAlerts(deps, spec, version.version, {
          drift,
          quality,
          performance,
          requests,
          health,
          rollback,
          canaries,
        }),
      (outcomes) =>
        `${outcomes.filter((o) => o.status === 'sent').length} sent, ${outcomes.filter((o) => o.status === 'suppressed').length} suppressed`,
    );
    await deps.runs.finish(runId, {
      status: 'succeeded',
      metrics: performance.value === null ? {} : { [performance.metric]: performance.value },
      result: { steps: steps.steps, status: verdict, reportId: report.id, summary } as unknown as Record<
        string,
        unknown
      >,
      finishedAt: deps.clock.now(),
    });
    return {
      status: 'succeeded',
      steps: steps.steps,
      runId,
      report,
      ...(rollback ? { rollback } : {}),
      alerts,
    };
  } catch (error) {
    const code = isSextantError(error) ? error.code : 'INTERNAL';
    const message = (error as Error).message;
    if (runId !== undefined)
      await deps.runs
        .finish(runId, {
          status: 'failed',
          error: message,
          result: { steps: steps.steps },
          finishedAt: deps.clock.now(),
        })
        .catch(() => undefined);
    return {
      status: 'failed',
      steps: steps.steps,
      error: { code, message },
      ...(runId ? { runId } : {}),
      alerts: [],
    };
  }
}

interface DriftOutcome {
  /** Data drift of the input columns; null when not judged. */
  readonly data: DriftReport | null;
  readonly prediction: ColumnDriftReport | null;
  readonly note: string;
}

async function measureDrift(
  deps: MonitoringDeps,
  profileKey: string | undefined,
  served: readonly LabelledPrediction[],
  signature: ModelSignature,
  spec: MonitoringSpec,
  minRows: number,
  now: Date,
): Promise<DriftOutcome> {
  if (profileKey === undefined)
    return {
      data: null,
      prediction: null,
      note: 'this version has no saved reference profile (trained before profiles existed); retrain to monitor drift',
    };
  if (served.length < minRows)
    return {
      data: null,
      prediction: null,
      note: `${served.length} predictions in the window, fewer than the ${minRows} drift needs`,
    };
  const profile = decodeReferenceProfile(
    await deps.artifacts.get(profileKey),
    `profile ${profileKey.slice(0, 12)}`,
  );
  const driftShare = spec.driftShare ?? 0.5;
  const { report } = await computeDrift(profile, windowFrame(served, signature), {
    settings: { driftShare },
    now: () => now,
    referenceSource: profile.source,
    currentSource: `logged predictions of ${spec.modelName}`,
  });
  const inputs = report.columns.filter((c) => c.name !== PREDICTION_COLUMN);
  const prediction = report.columns.find((c) => c.name === PREDICTION_COLUMN) ?? null;
  return {
    data: { ...report, columns: inputs, dataset: summarizeDatasetDrift(inputs, driftShare) },
    prediction,
    note: '',
  };
}

function predictionStatus(column: ColumnDriftReport | null): MonitoringStatus | undefined {
  const status = column?.status;
  return status === 'OK' || status === 'WARN' || status === 'FAIL' ? status : undefined;
}

async function maybeRollBack(
  deps: MonitoringDeps,
  spec: MonitoringSpec,
  alias: string,
  seen: {
    performance: LivePerformance;
    performanceStatus: MonitoringStatus | undefined;
    errorRate: number | null;
    prediction: ColumnDriftReport | null;
  },
  now: Date,
): Promise<AliasChange | undefined> {
  if (spec.autoRollback === false) return undefined;
  const rules = spec.autoRollback ?? {};
  const [latest] = await deps.models.aliasHistory(spec.modelName, alias);
  const watchMs = rules.watchMs ?? 24 * HOUR;
  if (latest === undefined || latest.fromVersion === null || latest.toVersion === null || isRollback(latest))
    return undefined;
  if (now.getTime() - latest.at.getTime() > watchMs) return undefined;
  const reasons: string[] = [];
  const drop = rules.performanceDrop ?? 0.05;
  const p = seen.performance;
  if (p.value !== null && p.trainingValue !== null && p.scored >= (spec.minLabelled ?? 30)) {
    const worseBy = p.higherIsBetter ? p.trainingValue - p.value : p.value - p.trainingValue;
    if (worseBy > drop)
      reasons.push(`live ${p.metric} ${p.value.toFixed(4)} is ${worseBy.toFixed(4)} below training`);
  }
  if (seen.errorRate !== null && seen.errorRate > (rules.maxErrorRate ?? 0.05))
    reasons.push(`error rate ${(seen.errorRate * 100).toFixed(1)}%`);
  if ((rules.onPredictionDrift ?? true) && seen.prediction?.status === 'FAIL')
    reasons.push('prediction drift FAIL');
  if (reasons.length === 0) return undefined;
  try {
    return await rollbackAlias(deps.models, {
      modelName: spec.modelName,
      alias,
      actor: 'monitor',
      reason: `automatic rollback within ${Math.round(watchMs / HOUR)} h of promotion: ${reasons.join('; ')}`,
      at: now,
    });
  } catch (error) {
    if (isSextantError(error, 'NOTHING_TO_ROLL_BACK')) return undefined;
    throw error;
  }
}

async function sendAlerts(
  deps: MonitoringDeps,
  spec: MonitoringSpec,
  version: number,
  seen: {
    drift: DriftOutcome;
    quality: DataQualityReport | null;
    performance: LivePerformance;
    requests: RequestStats | undefined;
    health: HealthProbeResult | undefined;
    rollback: AliasChange | undefined;
    canaries: readonly CanaryCheck[];
  },
): Promise<DispatchOutcome[]> {
  const summary: AlertSummary = {
    modelName: spec.modelName,
    version,
    ...(seen.drift.data
      ? {
          drift: {
            status: seen.drift.data.dataset.status,
            drifted: seen.drift.data.dataset.drifted,
            compared: seen.drift.data.dataset.compared,
            driftedShare: seen.drift.data.dataset.driftedShare,
            driftedColumns: seen.drift.data.columns.filter((c) => c.drifted === true).map((c) => c.name),
          },
        }
      : {}),
    ...(seen.quality ? { dataQuality: { status: seen.quality.status, inputs: seen.quality.inputs } } : {}),
    performance: {
      metric: seen.performance.metric,
      value: seen.performance.value,
      trainingValue: seen.performance.trainingValue,
      higherIsBetter: seen.performance.higherIsBetter,
      scored: seen.performance.scored,
    },
    ...(seen.requests ? { requests: seen.requests } : {}),
  };
  const candidates = evaluateAlertRules(summary);
  const extra: AlertCandidate[] = [];
  if (seen.health?.ok === false)
    extra.push({
      rule: 'health',
      modelName: spec.modelName,
      severity: 'critical',
      message: `${spec.modelName}: health check failed: ${seen.health.detail}`,
      dedupKey: `${spec.modelName}:health`,
      payload: { detail: seen.health.detail },
    });
  if (seen.rollback)
    extra.push({
      rule: 'rollback',
      modelName: spec.modelName,
      severity: 'critical',
      message: `${spec.modelName}: ${seen.rollback.reason} (version ${seen.rollback.fromVersion} → ${seen.rollback.toVersion})`,
      dedupKey: `${spec.modelName}:rollback:${seen.rollback.id}`,
      payload: { from: seen.rollback.fromVersion, to: seen.rollback.toVersion },
    });
  for (const canary of seen.canaries.filter((c) => c.stopped))
    extra.push({
      rule: 'canary_stopped',
      modelName: spec.modelName,
      severity: 'critical',
      message: `${spec.modelName}: canary "${canary.alias}" (version ${canary.version}, ${canary.percent}% of traffic) stopped, its share back to version ${version}: ${canary.reasons.join('; ')}`,
      dedupKey: `${spec.modelName}:canary_stopped:${canary.alias}:${canary.version}`,
      payload: {
        alias: canary.alias,
        version: canary.version,
        percent: canary.percent,
        reasons: canary.reasons,
      },
    });
  return dispatchAlerts(
    [...candidates, ...extra],
    {
      monitoring: deps.monitoring,
      channels: deps.channels ?? [],
      clock: deps.clock,
    },
    spec.cooldownMs === undefined ? {} : { cooldownMs: spec.cooldownMs },
  );
}

function describeCanaries(checks: readonly CanaryCheck[]): string {
  if (checks.length === 0) return 'no canary in the traffic split';
  return checks
    .map(
      (c) =>
        `${c.alias} (version ${c.version}, ${c.percent}%): ${c.stopped ? `stopped: ${c.reasons.join('; ')}` : 'kept'}`,
    )
    .join('; ');
}
