import type { RegisteredModel } from '../core/entities/model-version.js';
import type { JobContext, JobDefinition, JobKind } from './job-definition.js';
import { modelSchedules, type ScheduleOverrides } from './model-schedules.js';

/** The work behind each kind of job, given the model's name (the monitoring and retrain services). */
export type ModelJobRunners = Readonly<
  Record<JobKind, (modelName: string, context: JobContext) => Promise<void>>
>;

/**
 * A model's two jobs, `monitor:<model>` and `retrain:<model>`, with the schedules its tags and the
 * overrides give (see modelSchedules). A job whose schedule is `off` is still defined, so that it can
 * be triggered by hand or through the API.
 */
export function modelJobs(
  model: Pick<RegisteredModel, 'name' | 'tags'>,
  runners: ModelJobRunners,
  overrides: ScheduleOverrides = {},
): JobDefinition[] {
  const schedules = modelSchedules(model, overrides);
  return (['monitor', 'retrain'] as const).map((kind) => ({
    name: `${kind}:${model.name}`,
    kind,
    modelName: model.name,
    schedule: schedules[kind],
    run: (context: JobContext) => runners[kind](model.name, context),
  }));
}
