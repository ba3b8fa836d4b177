import { useState } from 'react';
import { apiPath } from '../api/api-path';
import { apiRequest } from '../api/api-request';
import { ErrorNotice } from './error-notice';

type Outcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly what: string }
  | { readonly kind: 'done'; readonly text: string }
  | { readonly kind: 'failed'; readonly what: string; readonly error: unknown };

/**
 * The admin buttons for one model: run monitoring now (`POST /v1/models/{name}/monitor`) and
 * retrain (`POST /v1/models/{name}/retrain`). Both need an admin token; a 401/403 explains that.
 * `onDone` lets the page reload its lists once the server has answered.
 */
export function TriggerPanel({ model, onDone }: { readonly model: string; readonly onDone?: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const busy = outcome.kind === 'busy';

  const trigger = async (what: 'monitor' | 'retrain') => {
    const label = what === 'monitor' ? `run monitoring of ${model}` : `retrain ${model}`;
    setOutcome({ kind: 'busy', what: label });
    try {
      const result = await apiRequest<Record<string, unknown>>(apiPath(['v1', 'models', model, what]), {
        method: 'POST',
        body: {},
      });
      setOutcome({ kind: 'done', text: describe(what, result) });
      onDone?.();
    } catch (error) {
      setOutcome({ kind: 'failed', what: label, error });
    }
  };

  return (
    <div className="trigger-panel" data-testid="trigger-panel" data-model={model}>
      <div className="buttons">
        <button
          type="button"
          disabled={busy}
          onClick={() => trigger('monitor')}
          data-testid="trigger-monitor"
        >
          Run monitoring now
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => trigger('retrain')}
          data-testid="trigger-retrain"
        >
          Retrain
        </button>
        <span className="muted">admin token required</span>
      </div>
      {outcome.kind === 'busy' && (
        <p className="muted" data-testid="trigger-busy">
          Asked the server to {outcome.what}…
        </p>
      )}
      {outcome.kind === 'done' && (
        <p className="notice notice-ok" data-testid="trigger-result">
          {outcome.text}
        </p>
      )}
      {outcome.kind === 'failed' && <ErrorNotice error={outcome.error} action={outcome.what} />}
    </div>
  );
}

/** One line saying what the server answered: the report's or run's status when it has one. */
function describe(what: 'monitor' | 'retrain', result: Record<string, unknown>): string {
  if (what === 'monitor') {
    // POST /v1/models/{name}/monitor answers the run: {status, steps, report: {id, status, ...}, alerts}.
    const report = (result.report ?? {}) as { id?: unknown; status?: unknown };
    const id = typeof report.id === 'number' ? ` #${report.id}` : '';
    const status = typeof report.status === 'string' ? `, status ${report.status}` : '';
    return `Monitoring run finished: report${id}${status}.`;
  }
  const decision = (result.decision ?? undefined) as { promoted?: unknown; reason?: unknown } | undefined;
  const status = typeof result.status === 'string' ? result.status : undefined;
  if (decision !== undefined && typeof decision.reason === 'string')
    return `Retrain finished: ${decision.promoted === true ? 'promoted' : 'kept production'}. ${decision.reason}`;
  return `Retrain finished${status === undefined ? '' : `: ${status}`}.`;
}
