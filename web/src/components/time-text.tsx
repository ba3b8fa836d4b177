import { formatTime } from '../format/format-time';

/** A timestamp from the API shown in UTC, the exact ISO string in `dateTime` and the tooltip. */
export function TimeText({
  iso,
  testId,
}: {
  readonly iso: string | null | undefined;
  readonly testId?: string;
}) {
  if (iso === null || iso === undefined) return <span data-testid={testId}>–</span>;
  return (
    <time dateTime={iso} title={iso} data-testid={testId}>
      {formatTime(iso)}
    </time>
  );
}
