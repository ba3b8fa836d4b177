import type { RegisteredModel } from '../core/entities/model-version.js';
import { assertCron } from './assert-cron.js';
import { DEFAULT_SCHEDULES } from './default-schedules.js';
import type { JobKind } from './job-definition.js';

/**
 * Server-wide overrides of {@link DEFAULT_SCHEDULES}, for example from `sextant serve` options: a
 * five-field cron expression, or `off` for no schedule (manual runs only).
 */
export type ScheduleOverrides = Partial<Record<JobKind, string>>;

const KINDS: readonly JobKind[] = ['monitor', 'retrain'];

/**
 * The cron schedule of each of a model's jobs, or null when it is `off`. Precedence: the model's tag
 * `sextant.monitor.schedule` / `sextant.retrain.schedule`, then the server-wide override, then the
 * default. So one model can be watched hourly, or handed to a Kubernetes CronJob with `off`, without
 * touching the others. An invalid expression is INVALID_ARGUMENT naming the tag or option it came from.
 *
 * @example modelSchedules({ name: 'tickets', tags: { 'sextant.retrain.schedule': 'off' } })
 *   // { monitor: '0 *\/6 * * *', retrain: null }
 */
export function modelSchedules(
  model: Pick<RegisteredModel, 'name' | 'tags'>,
  overrides: ScheduleOverrides = {},
): Record<JobKind, string | null> {
  const schedules = { monitor: null, retrain: null } as Record<JobKind, string | null>;
  for (const kind of KINDS) {
    const tag = `sextant.${kind}.schedule`;
    const fromTag = model.tags[tag];
    const [setting, source] =
      fromTag !== undefined
        ? [fromTag, `tag ${tag} of model ${model.name}`]
        : overrides[kind] !== undefined
          ? [overrides[kind], `${kind} schedule option`]
          : [DEFAULT_SCHEDULES[kind], `default ${kind} schedule`];
    schedules[kind] = setting.trim().toLowerCase() === 'off' ? null : assertCron(setting, source);
  }
  return schedules;
}
