/**
 * The one catalogue of Sextant's errors: a stable code, the HTTP status a server answers with,
 * the CLI exit code, and a one-line summary for the docs. The server and the CLI map errors by
 * code; a test checks every code is documented in the README.
 *
 * Codes are part of the public contract: never rename one, add a new one instead.
 */
export const ERROR_CATALOGUE = {
  // Input files and data
  FILE_NOT_FOUND: { status: 404, exit: 1, summary: 'The named file does not exist or cannot be read.' },
  FILE_EMPTY: { status: 400, exit: 1, summary: 'The file has no content, or only a header and no rows.' },
  FILE_FORMAT_UNSUPPORTED: {
    status: 415,
    exit: 1,
    summary: 'The file extension is not one of .csv, .tsv, .json, .jsonl, .ndjson, .parquet.',
  },
  FILE_PARSE_ERROR: {
    status: 400,
    exit: 1,
    summary: 'The file cannot be parsed: ragged rows, broken quoting, invalid JSON (names file and line).',
  },
  DUPLICATE_COLUMN: { status: 400, exit: 1, summary: 'Two columns share a name.' },
  COLUMN_MISSING: { status: 400, exit: 1, summary: 'A column the schema requires is not in the data.' },
  COLUMN_ALL_NULL: {
    status: 400,
    exit: 1,
    summary: 'A column holds no value at all, so no type can be inferred.',
  },
  VALUE_INVALID: {
    status: 400,
    exit: 1,
    summary: 'A value cannot be read as its column type (names file, line and column).',
  },
  SCHEMA_INVALID: { status: 400, exit: 1, summary: 'A schema file is malformed or names an unknown type.' },
  PROFILE_INVALID: {
    status: 400,
    exit: 1,
    summary: 'A saved reference profile is malformed, or of a format version this Sextant does not read.',
  },
  // Requests and arguments
  INVALID_ARGUMENT: { status: 400, exit: 1, summary: 'A command-line option or request field is invalid.' },
  UNAUTHORIZED: {
    status: 401,
    exit: 1,
    summary: 'The request carries no API token, or an unknown or revoked one.',
  },
  FORBIDDEN: { status: 403, exit: 1, summary: "The API token's role does not allow this route." },
  ROUTE_NOT_FOUND: { status: 404, exit: 1, summary: 'No such HTTP route.' },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    exit: 1,
    summary: 'The request body is larger than the server accepts (--body-limit).',
  },
  BATCH_TOO_LARGE: {
    status: 413,
    exit: 1,
    summary: 'A batch request holds more instances than the server accepts (--max-batch).',
  },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, exit: 1, summary: 'The request body is not application/json.' },
  MODEL_NOT_LOADED: {
    status: 503,
    exit: 1,
    summary: 'The server has no loaded version of that model yet (no production alias, or loading failed).',
  },
  SERVER_DRAINING: {
    status: 503,
    exit: 1,
    summary: 'The server is shutting down and takes no new requests.',
  },
  // Stored things
  DATASET_NOT_FOUND: { status: 404, exit: 1, summary: 'No dataset, or no such version of it.' },
  RUN_NOT_FOUND: { status: 404, exit: 1, summary: 'No run with that id.' },
  MODEL_NOT_FOUND: { status: 404, exit: 1, summary: 'No registered model with that name.' },
  MODEL_VERSION_NOT_FOUND: { status: 404, exit: 1, summary: 'No such version of the model.' },
  ALIAS_NOT_FOUND: { status: 404, exit: 1, summary: 'The model has no such alias.' },
  VERSION_IN_USE: {
    status: 409,
    exit: 1,
    summary: 'The version is pointed at by an alias; move the alias before deleting or archiving it.',
  },
  NOTHING_TO_ROLL_BACK: {
    status: 409,
    exit: 1,
    summary: 'The alias has no earlier active version to roll back to.',
  },
  TOKEN_NOT_FOUND: { status: 404, exit: 1, summary: 'No API token with that id.' },
  FEEDBACK_CONFLICT: {
    status: 409,
    exit: 1,
    summary: 'Ground truth for that request id was already recorded with a different value.',
  },
  PREDICTION_NOT_FOUND: { status: 404, exit: 1, summary: 'No logged prediction with that request id.' },
  ARTIFACT_KEY_INVALID: {
    status: 400,
    exit: 1,
    summary: 'An artifact key is not a lowercase sha256 hex digest (64 characters).',
  },
  ARTIFACT_NOT_FOUND: { status: 404, exit: 1, summary: 'No artifact with that key in the artifact store.' },
  ARTIFACT_CORRUPT: {
    status: 500,
    exit: 1,
    summary: 'A stored artifact no longer matches its hash; the store has been tampered with or damaged.',
  },
  MODEL_ARTIFACT_INVALID: {
    status: 500,
    exit: 1,
    summary: 'A model artifact is not a Sextant model of a supported format version, or is malformed.',
  },
  // Configuration and infrastructure
  CONFIG_INVALID: { status: 500, exit: 1, summary: 'The configuration (home, database URL) is invalid.' },
  DATABASE_UNAVAILABLE: { status: 503, exit: 1, summary: 'The database cannot be reached or opened.' },
  MIGRATION_FAILED: {
    status: 500,
    exit: 1,
    summary: 'A schema migration failed; the database is unchanged.',
  },
  SERVER_START_FAILED: {
    status: 500,
    exit: 1,
    summary: 'A worker of `serve --workers N` exited before it was listening; its own error is above.',
  },
  INTERNAL: {
    status: 500,
    exit: 1,
    summary: 'An unexpected internal error; the details are in the server log.',
  },
} as const satisfies Record<string, { status: number; exit: number; summary: string }>;

/** A stable error code from {@link ERROR_CATALOGUE}. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;
