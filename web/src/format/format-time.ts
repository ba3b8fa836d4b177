/**
 * An ISO timestamp in UTC as `2024-05-01 12:00:03 UTC`: the API speaks UTC, and showing it
 * unconverted means a time on screen matches the server's logs and alerts. `short` drops the
 * year and seconds, for chart axes. Text that is not a date is returned as it is.
 */
export function formatTime(iso: string | null | undefined, short = false): string {
  if (iso === null || iso === undefined || iso === '') return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = date.toISOString();
  return short
    ? `${text.slice(5, 10)} ${text.slice(11, 16)}`
    : `${text.slice(0, 10)} ${text.slice(11, 19)} UTC`;
}
