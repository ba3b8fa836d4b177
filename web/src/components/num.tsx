import { formatNumber } from '../format/format-number';
import { formatPercent } from '../format/format-percent';

/**
 * A number from the API: formatted for reading, with the exact value in `data-value` (empty for
 * null) so an end-to-end test can compare it with the API's JSON. `percent` shows a 0..1 share as
 * a percentage.
 */
export function Num({
  value,
  testId,
  percent = false,
}: {
  readonly value: number | null | undefined;
  readonly testId?: string;
  readonly percent?: boolean;
}) {
  const raw = value === null || value === undefined ? '' : String(value);
  return (
    <span className="num" data-testid={testId} data-value={raw} title={raw === '' ? undefined : raw}>
      {percent ? formatPercent(value) : formatNumber(value)}
    </span>
  );
}
