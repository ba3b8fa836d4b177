const KNOWN = new Set([
  'OK',
  'WARN',
  'FAIL',
  'succeeded',
  'failed',
  'running',
  'skipped',
  'info',
  'warning',
  'critical',
]);

/**
 * A coloured badge for a status (OK / WARN / FAIL, run and job states, alert severities); the raw
 * status is the text and `data-status`. A model without any monitoring run shows "no report".
 */
export function StatusBadge({
  status,
  testId = 'status-badge',
}: {
  readonly status: string | null | undefined;
  readonly testId?: string;
}) {
  if (status === null || status === undefined) {
    return (
      <span className="badge badge-none" data-testid={testId} data-status="">
        no report
      </span>
    );
  }
  return (
    <span
      className={`badge badge-${KNOWN.has(status) ? status : 'other'}`}
      data-testid={testId}
      data-status={status}
    >
      {status}
    </span>
  );
}
