import { Cron } from 'croner';
import { SextantError } from '../core/sextant-error.js';

/** One cron field: `*`, numbers or three-letter names, joined by ranges, steps and lists. */
const FIELD = /^(\*|\d{1,2}|[A-Za-z]{3})([-/,](\*|\d{1,2}|[A-Za-z]{3}))*$/;

/**
 * Checks a schedule is a standard five-field cron expression (minute hour day month weekday) and
 * returns it trimmed. Only the syntax every runner of our schedules reads the same way is accepted:
 * croner (embedded), pg-boss's cron-parser and the Kubernetes CronJob controller. So no seconds
 * field (pg-boss throttles each schedule to one occurrence a minute), no `@weekly` nicknames and no
 * `L`, `W`, `#` or `?` extensions. Anything else is INVALID_ARGUMENT naming where it came from.
 *
 * @example assertCron('0 *\/6 * * *', 'tag sextant.monitor.schedule of model tickets')
 */
export function assertCron(expression: string, source: string): string {
  const schedule = expression.trim();
  const fields = schedule.split(/\s+/);
  const problem =
    fields.length !== 5
      ? `has ${fields.length} field${fields.length === 1 ? '' : 's'}; use five: minute hour day month weekday`
      : fields.every((field) => FIELD.test(field))
        ? parseProblem(schedule)
        : 'uses syntax beyond * , - / numbers and month or day names';
  if (problem !== undefined) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `invalid cron schedule ${JSON.stringify(expression)} (${source}): ${problem}`,
      { schedule: expression, source },
    );
  }
  return schedule;
}

function parseProblem(schedule: string): string | undefined {
  try {
    new Cron(schedule, { mode: '5-part', paused: true });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^CronPattern: /, '') : String(error);
  }
}
