import { SeededRandom } from '../core/seeded-random.js';
import { SextantError } from '../core/sextant-error.js';

export interface ReplaySpec {
  /** The server's base URL. */
  readonly url: string;
  /** A token allowed to predict and to send feedback. */
  readonly token: string;
  readonly model: string;
  readonly target: string;
  /** Rows with their true label under `target`, which is not sent with the prediction. */
  readonly rows: readonly Record<string, unknown>[];
  /** Share of predictions whose true label is sent back as feedback (0..1). */
  readonly labelShare: number;
  /** Instances per prediction request. */
  readonly batchSize: number;
  readonly seed: number;
  /** Aborts the replay between (and during) requests. */
  readonly signal?: AbortSignal;
}

export interface ReplayResult {
  readonly requests: number;
  readonly predictions: number;
  /** Versions that answered, from the X-Model-Version header. */
  readonly versions: readonly number[];
  readonly feedback: { readonly inserted: number; readonly duplicates: number };
  /** Predictions whose true label was sent back. */
  readonly labelled: number;
}

/**
 * Replays rows through the real HTTP API, as clients would: `POST /v1/models/{model}/predict` in
 * batches, then `POST /v1/feedback` with the true label of a seeded share of the returned request ids,
 * as ground truth arrives later in production (a ticket is resolved, the day's weather is recorded).
 *
 * @throws INTERNAL naming the route and status when the server answers with an error
 */
export async function replayTraffic(spec: ReplaySpec): Promise<ReplayResult> {
  const random = new SeededRandom(spec.seed);
  const versions = new Set<number>();
  const items: { request_id: string; actual: unknown }[] = [];
  let requests = 0;
  let predictions = 0;
  for (let start = 0; start < spec.rows.length; start += spec.batchSize) {
    const batch = spec.rows.slice(start, start + spec.batchSize);
    const instances = batch.map((row) => {
      const { [spec.target]: _label, ...features } = row;
      return features;
    });
    const response = await call(spec, `/v1/models/${encodeURIComponent(spec.model)}/predict`, { instances });
    const body = (await response.json()) as { request_ids: string[] };
    requests++;
    predictions += body.request_ids.length;
    versions.add(Number(response.headers.get('x-model-version')));
    body.request_ids.forEach((requestId, index) => {
      if (random.next() >= spec.labelShare) return;
      items.push({ request_id: requestId, actual: batch[index]![spec.target] });
    });
  }
  let inserted = 0;
  let duplicates = 0;
  for (let start = 0; start < items.length; start += 1000) {
    const response = await call(spec, '/v1/feedback', { items: items.slice(start, start + 1000) });
    const outcome = (await response.json()) as { inserted: number; duplicates: number };
    inserted += outcome.inserted;
    duplicates += outcome.duplicates;
  }
  return {
    requests,
    predictions,
    versions: [...versions].sort((a, b) => a - b),
    feedback: { inserted, duplicates },
    labelled: items.length,
  };
}

async function call(spec: ReplaySpec, path: string, body: unknown): Promise<Response> {
  const response = await fetch(`${spec.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${spec.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...(spec.signal ? { signal: spec.signal } : {}),
  });
  if (!response.ok) {
    const text = await response.text();
    throw new SextantError('INTERNAL', `POST ${path} answered ${response.status}: ${text.slice(0, 300)}`, {
      status: response.status,
    });
  }
  return response;
}
