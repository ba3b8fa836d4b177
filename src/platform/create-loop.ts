import type { JobRun } from '../core/entities/job-run.js';
import { EmbeddedScheduler } from '../jobs/embedded-scheduler.js';
import type { JobContext } from '../jobs/job-definition.js';
import type { JobScheduler } from '../jobs/job-scheduler.js';
import { modelJobs } from '../jobs/model-jobs.js';
import { PgBossScheduler } from '../jobs/pg-boss-scheduler.js';
import { type RetrainResult, retrainModel } from '../jobs/retrain-model.js';
import type { StepRecord } from '../jobs/run-steps.js';
import type {
  HealthProbeResult,
  MonitoringResult,
  MonitoringSpec,
  TrafficStats,
} from '../monitor/monitoring-spec.js';
import { runMonitoring } from '../monitor/run-monitoring.js';
import { alertChannelsFromEnv } from './alert-channels-from-env.js';
import { exportLabelledBatch } from './export-labelled-batch.js';
import type { Workspace } from './workspace.js';

/** Model tag: `true` makes a FAIL of the monitoring job trigger the retrain job at once. */
export const RETRAIN_ON_FAIL_TAG = 'sextant.retrain.on_fail';
/** Labelled predictions a scheduled retrain needs at least. */
const MIN_RETRAIN_ROWS = 50;

export interface LoopHooks {
  readonly env: NodeJS.ProcessEnv;
  /** The serving process's health and a test prediction, for the monitoring run. */
  readonly probe?: (modelName: string) => Promise<HealthProbeResult>;
  /** The server's traffic of a model since the last monitoring run took it. */
  readonly trafficStats?: (modelName: string) => TrafficStats | Promise<TrafficStats>;
  /** Called with every finished monitoring run (the server refreshes its gauges). */
  readonly onReport?: (result: MonitoringResult) => void;
  readonly onError?: (error: unknown, jobName: string) => void;
}

export type RetrainFromLogResult = RetrainResult | { readonly status: 'skipped'; readonly reason: string };

/** The closed loop as one service: monitoring, retraining from the prediction log, and their schedules. */
export interface LoopServices {
  monitor(
    modelName: string,
    spec?: Omit<MonitoringSpec, 'modelName'>,
    onStep?: (step: StepRecord) => void,
  ): Promise<MonitoringResult>;
  /** Retrains on the reference plus the labelled production data of the last 30 days; promotes only a better model. */
  retrainFromLog(
    modelName: string,
    onStep?: (step: StepRecord) => void,
    actor?: string,
  ): Promise<RetrainFromLogResult>;
  readonly scheduler: JobScheduler;
  /** Defines the jobs of every registered model again (after a model appears or its tags change). */
  refreshJobs(): Promise<void>;
  trigger(jobName: string): Promise<JobRun>;
  stop(): Promise<void>;
}

/**
 * Composes monitoring, retraining and the scheduler on a workspace. The scheduler is pg-boss when the
 * store says several instances share its job queue (PostgreSQL), croner in process otherwise.
 */
export function createLoop(workspace: Workspace, hooks: LoopHooks): LoopServices {
  const { store, artifacts, clock } = workspace;
  const channels = alertChannelsFromEnv(hooks.env);
  const target = workspace.config.database;
  const schedulerOptions = {
    monitoring: store.monitoring,
    clock,
    ...(hooks.onError ? { onError: hooks.onError } : {}),
  };
  const scheduler: JobScheduler =
    store.capabilities.sharedJobQueue && target.kind === 'postgres'
      ? new PgBossScheduler({
          ...schedulerOptions,
          connectionString: target.url,
          schema: `${target.schema ?? 'sextant'}_jobs`,
        })
      : new EmbeddedScheduler(schedulerOptions);

  const monitor: LoopServices['monitor'] = async (modelName, spec = {}, onStep) => {
    const result = await runMonitoring(
      {
        models: store.models,
        predictions: store.predictions,
        monitoring: store.monitoring,
        runs: store.runs,
        artifacts,
        clock,
        channels,
        ...(hooks.probe ? { probe: () => (hooks.probe as NonNullable<LoopHooks['probe']>)(modelName) } : {}),
        ...(hooks.trafficStats ? { trafficStats: hooks.trafficStats } : {}),
        ...(onStep ? { onStep } : {}),
      },
      { ...spec, modelName },
    );
    hooks.onReport?.(result);
    return result;
  };

  const retrainFromLog: LoopServices['retrainFromLog'] = async (modelName, onStep, actor = 'scheduler') => {
    const batch = await exportLabelledBatch(workspace, modelName, MIN_RETRAIN_ROWS);
    if (batch === undefined)
      return {
        status: 'skipped',
        reason: `fewer than ${MIN_RETRAIN_ROWS} labelled predictions since the production version`,
      };
    return retrainModel(
      { ...store, artifacts, clock, ...(onStep ? { onStep } : {}) },
      // The labelled rows are the new batch itself, so they are scored only through the candidate's
      // holdout; scoring them again as "production data" would grade the candidate on rows it trained on.
      { modelName, newPaths: [batch.path], promoteIfBetter: true, actor, productionDays: 0 },
    );
  };

  const stepLogger = (context: JobContext) => (step: StepRecord) =>
    context.log(
      `${step.status === 'succeeded' ? 'ok  ' : 'FAIL'} ${step.name}${step.detail ? `: ${step.detail}` : ''}`,
    );

  const refreshJobs = async () => {
    const definitions = [];
    for (const model of await store.models.listModels()) {
      try {
        definitions.push(
          ...modelJobs(model, {
            monitor: async (name, context) => {
              const result = await monitor(name, {}, stepLogger(context));
              if (result.status === 'failed') throw new Error(result.error?.message ?? 'monitoring failed');
              context.log(`status ${result.report?.status}`);
              if (result.report?.status === 'FAIL' && model.tags[RETRAIN_ON_FAIL_TAG] === 'true') {
                context.log('FAIL and retrain-on-fail is set: triggering the retrain job');
                scheduler
                  .trigger(`retrain:${name}`, 'api')
                  .catch((error) => hooks.onError?.(error, `retrain:${name}`));
              }
            },
            retrain: async (name, context) => {
              const result = await retrainFromLog(name, stepLogger(context));
              if (result.status === 'skipped') context.log(`skipped: ${result.reason}`);
              else if (result.status === 'failed')
                throw new Error(result.error?.message ?? 'retraining failed');
              else context.log(`decision: ${result.decision?.reason ?? 'none'}`);
            },
          }),
        );
      } catch (error) {
        // One model's bad schedule tag must not stop the others' jobs.
        hooks.onError?.(error, `jobs:${model.name}`);
      }
    }
    await scheduler.setJobs(definitions);
  };

  return {
    monitor,
    retrainFromLog,
    scheduler,
    refreshJobs,
    trigger: (jobName) => scheduler.trigger(jobName, 'api'),
    stop: () => scheduler.stop(),
  };
}
