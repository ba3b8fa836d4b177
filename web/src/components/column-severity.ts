const ORDER: Readonly<Record<string, number>> = {
  FAIL: 0,
  WARN: 1,
  ERROR: 2,
  TYPE_MISMATCH: 3,
  REFERENCE_ONLY: 4,
  CURRENT_ONLY: 5,
  INSUFFICIENT_DATA: 6,
  OK: 7,
  SKIPPED: 8,
};

/** Sort key of a drift column status, worst first (the HTML report's order); unknown ones last. */
export function columnSeverity(status: string): number {
  return ORDER[status] ?? 9;
}
