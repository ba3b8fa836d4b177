import type { JobKind } from './job-definition.js';

/**
 * When a model's jobs run unless its tags or the server's options say otherwise: monitoring every six
 * hours on the hour, retraining on Mondays at 03:00 (in the scheduler's time zone, UTC by default).
 * Monitoring often enough to catch drift within a working day, retraining rarely enough that each
 * candidate sees a week of new labels.
 */
export const DEFAULT_SCHEDULES: Readonly<Record<JobKind, string>> = {
  monitor: '0 */6 * * *',
  retrain: '0 3 * * 1',
};
