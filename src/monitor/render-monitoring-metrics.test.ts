import { describe, expect, it } from 'vitest';
import type { MonitoringReport } from '../core/entities/monitoring-report.js';
import { renderMonitoringMetrics } from './render-monitoring-metrics.js';

const report = (modelName: string, status: MonitoringReport['status']): MonitoringReport => ({
  id: 1,
  modelName,
  version: 3,
  runId: null,
  status,
  summary: {
    driftedColumns: 2,
    driftShare: 0.5,
    driftDetectedTotal: 4,
    predictionDrift: 0.31,
    liveMetric: { name: 'roc_auc', value: 0.81 },
    labelCoverage: 0.25,
  },
  report: {
    drift: {
      columns: [
        { name: 'temp "max"', statistic: 0.42, pValue: null, test: { name: 'psi' } },
        { name: 'weather', statistic: 12.5, pValue: 0.002, test: { name: 'chisquare' } },
        { name: 'empty', statistic: null, pValue: null, test: null },
      ],
    },
  },
  windowStart: null,
  windowEnd: null,
  createdAt: new Date('2026-11-23T00:00:00Z'),
});

describe('renderMonitoringMetrics', () => {
  it('writes each family once with HELP and TYPE, one sample per model and feature, labels escaped', () => {
    const text = renderMonitoringMetrics([report('weather', 'FAIL'), report('tickets', 'OK')]);
    expect(text.match(/# TYPE sextant_drift_score gauge/g)).toHaveLength(1);
    expect(text).toContain('sextant_monitoring_status{model="weather"} 2');
    expect(text).toContain('sextant_monitoring_status{model="tickets"} 0');
    expect(text).toContain('sextant_drift_score{model="weather",feature="temp \\"max\\"",test="psi"} 0.42');
    expect(text).toContain('sextant_drift_p_value{model="weather",feature="weather"} 0.002');
    expect(text).not.toContain('feature="empty"');
    expect(text).toContain('sextant_live_metric{model="tickets",version="3",metric="roc_auc"} 0.81');
    expect(text).toContain('sextant_label_coverage{model="tickets",version="3"} 0.25');
    expect(text).toContain('# TYPE sextant_drift_detected_total counter');
    expect(text).toContain('sextant_monitoring_last_run_timestamp_seconds{model="weather"} 1795392000');
  });

  it("writes the canary guard's view of each traffic-split alias", () => {
    const base = report('tickets', 'WARN');
    const text = renderMonitoringMetrics([
      {
        ...base,
        summary: {
          ...base.summary,
          primaryMetric: 'roc_auc',
          canaries: [
            { alias: 'canary', version: 4, percent: 10, errorRate: 0.25, liveMetric: null, stopped: true },
            { alias: 'b', version: 5, percent: 5, errorRate: null, liveMetric: 0.77, stopped: false },
          ],
        },
      },
    ]);
    expect(text).toContain('sextant_canary_error_rate{model="tickets",alias="canary",version="4"} 0.25');
    expect(text).toContain('sextant_canary_stopped{model="tickets",alias="canary",version="4"} 1');
    expect(text).toContain('sextant_canary_stopped{model="tickets",alias="b",version="5"} 0');
    expect(text).toContain(
      'sextant_canary_live_metric{model="tickets",alias="b",version="5",metric="roc_auc"} 0.77',
    );
    expect(text).not.toContain('sextant_canary_error_rate{model="tickets",alias="b"');
    expect(text).not.toContain('sextant_canary_live_metric{model="tickets",alias="canary"');
  });

  it('is empty without reports', () => {
    expect(renderMonitoringMetrics([])).toBe('');
  });
});
