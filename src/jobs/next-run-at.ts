import { Cron } from 'croner';

/**
 * The first occurrence of a cron schedule strictly after `from`, in `timezone` (an IANA name), or
 * null for no schedule. Computed from the given instant rather than the wall clock, so a scheduler
 * with an injected Clock lists the same next run its tests expect.
 */
export function nextRunAt(schedule: string | null, timezone: string, from: Date): Date | null {
  if (schedule === null) return null;
  return new Cron(schedule, { mode: '5-part', timezone, paused: true }).nextRun(from);
}
