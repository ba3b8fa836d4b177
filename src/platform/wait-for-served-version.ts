import { setTimeout as sleep } from 'node:timers/promises';
import { SextantError } from '../core/sextant-error.js';

export interface ServedVersionSpec {
  readonly url: string;
  readonly token: string;
  readonly model: string;
  /** The version the serving alias now points at. */
  readonly version: number;
  /** One instance to predict once the version is loaded. */
  readonly instance: Record<string, unknown>;
  /** Give up after this long. */
  readonly deadlineMs: number;
  /** Time between checks of `/ready`. */
  readonly everyMs: number;
  /** Stops waiting (throws its reason) when aborted. */
  readonly signal?: AbortSignal;
}

/**
 * Waits until the server, which polls the registry for alias moves on its own, serves `version` of
 * `model` (as `/ready` lists it), then makes one prediction and returns the version its
 * `X-Model-Version` header names, with how long the hot reload took to be seen.
 *
 * @throws INTERNAL when the deadline passes first, naming the version still served
 */
export async function waitForServedVersion(
  spec: ServedVersionSpec,
): Promise<{ header: number; waitedMs: number }> {
  const started = performance.now();
  let seen: number | undefined;
  for (;;) {
    spec.signal?.throwIfAborted();
    const ready = await fetch(`${spec.url}/ready`);
    const body = (await ready.json()) as { models?: { name: string; version: number }[] };
    seen = body.models?.find((m) => m.name === spec.model)?.version;
    if (seen === spec.version) break;
    if (performance.now() - started > spec.deadlineMs)
      throw new SextantError(
        'INTERNAL',
        `the server still serves ${spec.model} version ${seen ?? 'none'} ${Math.round(spec.deadlineMs / 1000)} s after production moved to version ${spec.version}`,
        { model: spec.model, expected: spec.version, served: seen ?? null },
      );
    await sleep(spec.everyMs, undefined, spec.signal ? { signal: spec.signal } : {});
  }
  const waitedMs = performance.now() - started;
  const response = await fetch(`${spec.url}/v1/models/${encodeURIComponent(spec.model)}/predict`, {
    method: 'POST',
    headers: { authorization: `Bearer ${spec.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ instances: [spec.instance] }),
  });
  await response.arrayBuffer();
  if (!response.ok)
    throw new SextantError('INTERNAL', `predicting with ${spec.model} answered ${response.status}`, {
      status: response.status,
    });
  return { header: Number(response.headers.get('x-model-version')), waitedMs };
}
