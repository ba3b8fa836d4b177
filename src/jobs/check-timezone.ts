import { SextantError } from '../core/sextant-error.js';

/**
 * Checks an IANA time zone name (`UTC`, `Europe/Paris`) with the runtime's own Intl data, so a typo
 * fails when the scheduler is built rather than at its first occurrence (INVALID_ARGUMENT).
 */
export function checkTimezone(timezone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return timezone;
  } catch {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `unknown time zone ${JSON.stringify(timezone)}: use an IANA name such as UTC or Europe/Paris`,
      {
        timezone,
      },
    );
  }
}
