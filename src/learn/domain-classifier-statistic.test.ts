import { describe, expect, it } from 'vitest';
import { generateTickets } from '../data/generate-tickets.js';
import { judgeMeasurement } from '../stats/drift-engine/judge-measurement.js';
import { domainClassifierStatistic } from './domain-classifier-statistic.js';

const words = { words: new Map<string, number>(), tokens: 1, documents: 1 };
const descriptions = (rows: number, seed: number, drift = 0) =>
  generateTickets({ rows, seed, drift }).map((t) => t.description);
const measure = (reference: string[], current: string[]) =>
  domainClassifierStatistic.compute({ reference: words, current: words, documents: { reference, current } });
const judge = (m: ReturnType<typeof measure>) => judgeMeasurement('distance', m, 0.55, 0.7);

describe('domain classifier', () => {
  it('cannot tell two samples of one distribution apart (fixed threshold above 1000 documents)', () => {
    const m = measure(descriptions(1500, 1), descriptions(1500, 2));
    expect(m.statistic).toBeGreaterThan(0.4);
    expect(m.statistic).toBeLessThan(0.55);
    expect(m.details).toMatchObject({
      threshold: 0.55,
      folds: 3,
      sampled: { reference: 1500, current: 1500 },
    });
    expect(judge(m)).toMatchObject({ drifted: false, status: 'OK' });
  });

  it('tells shifted text apart and names the words that moved', () => {
    const m = measure(descriptions(1500, 1), descriptions(1500, 2, 1));
    expect(m.statistic).toBeGreaterThan(0.6);
    expect(judge(m).drifted).toBe(true);
    const currentWords = ((m.details?.currentWords ?? []) as string[]).join(' ');
    expect(currentWords).toMatch(
      /down|outage|server|production|database|breach|failing|crashing|timeout|api|login/,
    );
  });

  it('bootstraps its threshold below 1000 documents, so small samples are not drifted by chance', () => {
    const m = measure(descriptions(150, 3), descriptions(150, 4));
    expect(String(m.details?.method)).toContain('bootstrapped');
    expect(m.details?.threshold as number).toBeGreaterThanOrEqual(0.55);
    expect(judge(m).drifted).toBe(false);
    const shifted = measure(descriptions(300, 3), descriptions(300, 4, 1));
    expect(judge(shifted).drifted).toBe(true);
  });

  it('is deterministic and answers insufficient data without documents or with too few', () => {
    const a = measure(descriptions(200, 5), descriptions(200, 6, 1));
    expect(measure(descriptions(200, 5), descriptions(200, 6, 1))).toEqual(a);
    const none = domainClassifierStatistic.compute({ reference: words, current: words });
    expect(none.statistic).toBeNaN();
    expect(none.details?.reason).toBe('insufficient data');
    expect(measure(['a b', 'c d'], ['e f', 'g h']).details?.reason).toBe('insufficient data');
  });
});
