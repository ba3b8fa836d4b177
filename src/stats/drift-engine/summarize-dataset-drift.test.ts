import { describe, expect, it } from 'vitest';
import type { ColumnDriftReport, ColumnDriftStatus } from './drift-report.js';
import { summarizeDatasetDrift } from './summarize-dataset-drift.js';

const column = (status: ColumnDriftStatus, drifted: boolean | null = null) =>
  ({ status, drifted }) as unknown as ColumnDriftReport;

describe('summarizeDatasetDrift', () => {
  it('calls dataset drift at the share of drifted compared columns and takes the worst status', () => {
    const summary = summarizeDatasetDrift(
      [column('OK', false), column('WARN', true), column('SKIPPED')],
      0.5,
    );
    expect(summary).toEqual({
      columns: 3,
      compared: 2,
      drifted: 1,
      driftedShare: 0.5,
      driftShare: 0.5,
      drift: true,
      status: 'WARN',
    });
    expect(
      summarizeDatasetDrift([column('OK', false), column('FAIL', true), column('OK', false)], 0.5),
    ).toMatchObject({
      drift: false,
      status: 'FAIL',
    });
  });

  it('raises the status to WARN for columns that could not be compared, without counting them', () => {
    const summary = summarizeDatasetDrift(
      [column('OK', false), column('CURRENT_ONLY'), column('INSUFFICIENT_DATA')],
      0.5,
    );
    expect(summary).toMatchObject({ compared: 1, drifted: 0, drift: false, status: 'WARN' });
  });

  it('finds no drift when nothing was compared', () => {
    expect(summarizeDatasetDrift([column('SKIPPED')], 0.5)).toMatchObject({
      compared: 0,
      driftedShare: 0,
      drift: false,
      status: 'OK',
    });
  });
});
