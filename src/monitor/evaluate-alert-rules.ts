import type { AlertSeverity } from '../core/entities/alert.js';
import type { AlertCandidate, AlertRuleName, AlertRulesConfig, AlertSummary } from './alert-rule.js';

const SEVERITY: Record<AlertRuleName, AlertSeverity> = {
  // The seeds' alerting strategy: drift and degradation warn, a failing service is critical.
  drift: 'warning',
  data_quality: 'warning',
  performance: 'warning',
  error_rate: 'critical',
  latency: 'warning',
  health: 'critical',
  rollback: 'critical',
  canary_stopped: 'critical',
  model_load_failed: 'critical',
};

/**
 * Applies the alert rules to one monitoring window and returns the alerts they raise, in rule order:
 * dataset drift at FAIL, input data quality at FAIL, a live metric worse than training by more than
 * 10 % of the training value (on at least 30 scored predictions), an error rate above 5 % and a p95
 * latency above 1000 ms (on at least 20 requests). Defaults follow the seeds (ROLLBACK_CONFIG's
 * error_rate_threshold, the HighLatency and DataDriftDetected rules); `config` changes or disables them.
 * Pure: cooldown, delivery and history are dispatchAlerts' job.
 *
 * @example evaluateAlertRules({ modelName: 'tickets', drift: report.dataset }, { latency: false })
 */
export function evaluateAlertRules(summary: AlertSummary, config: AlertRulesConfig = {}): AlertCandidate[] {
  const who = summary.version == null ? summary.modelName : `${summary.modelName} v${summary.version}`;
  const alerts: AlertCandidate[] = [];
  const raise = (
    rule: AlertRuleName,
    severity: AlertSeverity | undefined,
    message: string,
    payload: Record<string, unknown>,
  ) =>
    alerts.push({
      rule,
      modelName: summary.modelName,
      severity: severity ?? SEVERITY[rule],
      message: `${who}: ${message}`,
      dedupKey: `${summary.modelName}:${rule}`,
      payload: { version: summary.version ?? null, ...payload },
    });

  const { drift, dataQuality, performance, requests } = summary;
  if (config.drift !== false && drift !== undefined && reaches(drift.status, config.drift?.minStatus)) {
    const names = drift.driftedColumns?.length ? `: ${drift.driftedColumns.slice(0, 5).join(', ')}` : '';
    const more = (drift.driftedColumns?.length ?? 0) > 5 ? ', ...' : '';
    raise(
      'drift',
      config.drift?.severity,
      `data drift ${drift.status}, ${drift.drifted} of ${drift.compared} compared columns drifted (${percent(drift.driftedShare)})${names}${more}`,
      {
        status: drift.status,
        drifted: drift.drifted,
        compared: drift.compared,
        driftedShare: drift.driftedShare,
      },
    );
  }
  if (
    config.dataQuality !== false &&
    dataQuality !== undefined &&
    reaches(dataQuality.status, config.dataQuality?.minStatus)
  ) {
    const problems = dataQuality.inputs.flatMap((input) => input.problems);
    const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
    const shown = problems.length === 0 ? '' : `: ${problems.slice(0, 3).join('; ')}${more}`;
    raise('data_quality', config.dataQuality?.severity, `input data quality ${dataQuality.status}${shown}`, {
      status: dataQuality.status,
      problems,
    });
  }
  if (config.performance !== false && performance !== undefined) {
    const { metric, value, trainingValue, higherIsBetter, scored } = performance;
    const rule = config.performance ?? {};
    const relativeMargin = rule.relativeMargin ?? (rule.margin === undefined ? 0.1 : undefined);
    if (value !== null && trainingValue !== null && scored >= (rule.minSamples ?? 30)) {
      const degradation = higherIsBetter ? trainingValue - value : value - trainingValue;
      const relative = trainingValue === 0 ? Number.POSITIVE_INFINITY : degradation / Math.abs(trainingValue);
      const overAbsolute = rule.margin !== undefined && degradation > rule.margin;
      const overRelative = relativeMargin !== undefined && degradation > 0 && relative > relativeMargin;
      if (overAbsolute || overRelative) {
        const limit = overAbsolute ? `limit ${rule.margin}` : `limit ${percent(relativeMargin!)} of training`;
        raise(
          'performance',
          rule.severity,
          `live ${metric} ${fixed(value)} on ${scored} labelled predictions is ${fixed(degradation)} ` +
            `${higherIsBetter ? 'below' : 'above'} training ${fixed(trainingValue)} (${limit})`,
          { metric, value, trainingValue, degradation, relativeDegradation: relative, scored },
        );
      }
    }
  }
  if (config.errorRate !== false && requests !== undefined) {
    const rule = config.errorRate ?? {};
    const max = rule.max ?? 0.05;
    const rate = requests.total === 0 ? 0 : requests.errors / requests.total;
    if (requests.total >= (rule.minRequests ?? 20) && rate > max) {
      raise(
        'error_rate',
        rule.severity,
        `${percent(rate)} of ${requests.total} requests failed (limit ${percent(max)})`,
        { errorRate: rate, errors: requests.errors, requests: requests.total, limit: max },
      );
    }
  }
  if (config.latency !== false && requests !== undefined && requests.latencyP95Ms !== null) {
    const rule = config.latency ?? {};
    const limit = rule.maxP95Ms ?? 1000;
    if (requests.total >= (rule.minRequests ?? 20) && requests.latencyP95Ms > limit) {
      raise(
        'latency',
        rule.severity,
        `p95 latency ${Math.round(requests.latencyP95Ms)} ms over ${requests.total} requests (limit ${limit} ms)`,
        { latencyP95Ms: requests.latencyP95Ms, requests: requests.total, limit },
      );
    }
  }
  return alerts;
}

function reaches(status: string, minStatus: 'WARN' | 'FAIL' = 'FAIL'): boolean {
  return status === 'FAIL' || (minStatus === 'WARN' && status === 'WARN');
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function fixed(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(3);
}
