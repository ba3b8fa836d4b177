/**
 * A share in 0..1 as a percentage with one decimal (0.8512 -> '85.1%'); null as an en dash.
 * Display only: the share itself stays in `data-value`.
 */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return `${(share * 100).toFixed(1)}%`;
}
