import { describe, expect, it } from 'vitest';
import { gateCandidate } from './gate-candidate.js';

const gate = (
  metric: string,
  candidateScore: number,
  productionScore: number,
  margin = 0.01,
  promoteIfBetter = true,
) => gateCandidate({ metric, candidateScore, productionScore, margin, promoteIfBetter });

describe('gateCandidate', () => {
  it('promotes a score that clears the margin upwards, and a tie with the margin too', () => {
    expect(gate('roc_auc', 0.9, 0.85)).toMatchObject({ promote: true, better: true, higherIsBetter: true });
    expect(gate('roc_auc', 0.86, 0.85).promote).toBe(true);
    expect(gate('roc_auc', 0.855, 0.85)).toMatchObject({ promote: false, better: false });
    expect(gate('f1_macro', 0.7, 0.75, 0)).toMatchObject({ promote: false, better: false });
  });

  it('flips the direction for losses: a lower RMSE is better', () => {
    expect(gate('rmse', 1.5, 2, 0.1)).toMatchObject({ promote: true, higherIsBetter: false });
    expect(gate('rmse', 2.5, 2, 0.1)).toMatchObject({ promote: false, better: false });
    expect(gate('rmse', 1.95, 2, 0.1).promote).toBe(false);
    expect(gate('rmse', 1.5, 2, 0.1).reason).toBe(
      'candidate rmse 1.5000, production 2.0000, margin 0.1: the candidate is better by 0.5000 (lower is better), clearing the margin; promoted',
    );
  });

  it('only reports when promotion was not asked for, and never promotes on an undefined score', () => {
    const report = gate('roc_auc', 0.95, 0.8, 0.01, false);
    expect(report).toMatchObject({ promote: false, better: true });
    expect(report.reason).toContain('promotion was not asked for');
    const undefinedScore = gate('roc_auc', Number.NaN, 0.8);
    expect(undefinedScore).toMatchObject({ promote: false, better: false });
    expect(undefinedScore.reason).toContain('candidate roc_auc undefined');
  });
});
