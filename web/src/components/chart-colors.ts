/**
 * Series colours: reference grey and current blue as in the HTML drift report, then a palette of
 * distinguishable hues (colour-blind safe order) for one line per model version.
 */
export const chartColors = {
  reference: '#9aa4ad',
  current: '#1565c0',
  threshold: '#c62828',
  series: ['#1565c0', '#ef6c00', '#2e7d32', '#6a1b9a', '#00838f', '#ad1457', '#5d4037', '#455a64'],
} as const;
