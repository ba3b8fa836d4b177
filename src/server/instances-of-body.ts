import { SextantError } from '../core/sextant-error.js';

/**
 * The instances a prediction body carries, by route shape: `batch` bodies are
 * `{"instances": [...]}`, a `flat` body (the seeds' `/predict`) is one feature object. Shared by the
 * Fastify routes and the fast path, so both refuse a malformed body with the same 400.
 */
export function instancesOfBody(body: unknown, shape: 'batch' | 'flat'): unknown[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new SextantError(
      'INVALID_ARGUMENT',
      shape === 'flat'
        ? 'the body must be one JSON object of feature values'
        : 'the body must be {"instances": [{feature: value, ...}, ...]}',
    );
  if (shape === 'flat') return [body];
  const { instances } = body as { instances?: unknown };
  if (!Array.isArray(instances))
    throw new SextantError(
      'INVALID_ARGUMENT',
      'the body must be {"instances": [{feature: value, ...}, ...]}',
    );
  return instances;
}
