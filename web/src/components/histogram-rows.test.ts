import { describe, expect, it } from 'vitest';
import { histogramRows } from './histogram-rows';

describe('histogramRows', () => {
  it('labels numeric bins by their edges and passes the shares through unchanged', () => {
    const rows = histogramRows({
      kind: 'numeric',
      edges: [0, 0.5, 1.25],
      reference: [0.3, 0.7],
      current: [0.123456789, 0.876543211],
    });
    expect(rows).toEqual([
      { label: '0–0.5', reference: 0.3, current: 0.123456789 },
      { label: '0.5–1.25', reference: 0.7, current: 0.876543211 },
    ]);
  });

  it('appends the folded labels of a categorical histogram as one "other" bar', () => {
    const rows = histogramRows({
      kind: 'categorical',
      labels: ['urgent', 'normal'],
      reference: [0.2, 0.7],
      current: [0.5, 0.4],
      other: { labels: 3, reference: 0.1, current: 0.1 },
    });
    expect(rows.map((r) => r.label)).toEqual(['urgent', 'normal', '(3 other)']);
    expect(rows[2]).toEqual({ label: '(3 other)', reference: 0.1, current: 0.1 });
  });

  it('has no "other" bar when nothing was folded', () => {
    const rows = histogramRows({
      kind: 'categorical',
      labels: ['a'],
      reference: [1],
      current: [1],
      other: null,
    });
    expect(rows).toHaveLength(1);
  });
});
