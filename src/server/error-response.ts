import { ERROR_CATALOGUE, type ErrorCode } from '../core/error-catalogue.js';
import { isSextantError } from '../core/sextant-error.js';

export interface ErrorResponse {
  readonly status: number;
  readonly body: {
    readonly error: { code: ErrorCode; message: string; details: Readonly<Record<string, unknown>> };
  };
  /** True when the error is ours to look at (a 5xx), so the server logs its stack. */
  readonly internal: boolean;
}

/** Fastify's own client-error codes, mapped onto the catalogue. */
const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_ARGUMENT',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_ARGUMENT',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_ARGUMENT',
  FST_ERR_VALIDATION: 'INVALID_ARGUMENT',
};

/**
 * Turns anything thrown while handling a request into the client's answer: catalogue errors keep
 * their code and status, Fastify's client errors (body too large, bad JSON, wrong content type) get
 * theirs, and everything else is a 500 INTERNAL without internals. Never a stack trace to a client.
 */
export function errorResponse(error: unknown): ErrorResponse {
  if (isSextantError(error)) {
    const body = { error: error.toJSON() };
    return { status: error.status, body, internal: error.status >= 500 };
  }
  const fastifyError = error as {
    code?: string;
    statusCode?: number;
    message?: string;
    validation?: unknown;
  };
  const mapped =
    (fastifyError.code && FASTIFY_CODES[fastifyError.code]) ||
    (fastifyError.validation !== undefined ? 'INVALID_ARGUMENT' : undefined) ||
    (error instanceof SyntaxError && fastifyError.statusCode === 400 ? 'INVALID_ARGUMENT' : undefined);
  if (mapped !== undefined) {
    return {
      status: ERROR_CATALOGUE[mapped].status,
      body: { error: { code: mapped, message: clientMessage(mapped, fastifyError.message), details: {} } },
      internal: false,
    };
  }
  return {
    status: 500,
    body: {
      error: { code: 'INTERNAL', message: 'internal error; the details are in the server log', details: {} },
    },
    internal: true,
  };
}

function clientMessage(code: ErrorCode, message: string | undefined): string {
  if (code === 'PAYLOAD_TOO_LARGE') return 'the request body is larger than this server accepts';
  if (code === 'UNSUPPORTED_MEDIA_TYPE') return 'send the request body as application/json';
  return `the request body is not valid: ${message ?? 'unreadable'}`;
}
