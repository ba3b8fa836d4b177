import type { Generated } from 'kysely';

/**
 * The tables of Sextant's SQL schema as Kysely sees them. Instants are epoch milliseconds (bigint
 * columns) and structured values are JSON text: both read the same on SQLite and PostgreSQL, and
 * the repositories turn them into `Date`s and objects, so no row type ever leaves `src/store`.
 */
export interface SqlDatabase {
  datasets: {
    id: Generated<number>;
    name: string;
    /** The last version number handed out; bumped under a row lock so numbering is gap-free. */
    version_count: number;
    created_at: number;
  };
  dataset_versions: {
    id: Generated<number>;
    dataset_id: number;
    version: number;
    role: string;
    content_hash: string;
    format: string;
    row_count: number;
    byte_size: number;
    schema_json: string;
    source_path: string | null;
    created_at: number;
  };
  dataset_version_parents: {
    child_id: number;
    parent_id: number;
    position: number;
  };
  runs: {
    id: string;
    kind: string;
    status: string;
    model_name: string | null;
    params_json: string;
    metrics_json: string;
    result_json: string;
    dataset_version_ids_json: string;
    git_commit: string | null;
    artifact_key: string | null;
    error: string | null;
    started_at: number;
    finished_at: number | null;
    duration_ms: number | null;
  };
  registered_models: {
    id: Generated<number>;
    name: string;
    description: string;
    tags_json: string;
    version_count: number;
    created_at: number;
  };
  model_versions: {
    id: Generated<number>;
    model_id: number;
    version: number;
    run_id: string | null;
    artifact_key: string;
    signature_json: string;
    metrics_json: string;
    description: string;
    tags_json: string;
    dataset_version_ids_json: string;
    status: string;
    created_at: number;
  };
  model_aliases: {
    model_id: number;
    alias: string;
    version_id: number;
    updated_at: number;
  };
  alias_history: {
    id: Generated<number>;
    model_id: number;
    alias: string;
    from_version: number | null;
    to_version: number | null;
    actor: string;
    reason: string;
    at: number;
  };
  /** Canary shares: percent x 100 per alias, so two decimals are exact. */
  traffic_splits: {
    model_id: number;
    alias: string;
    hundredths: number;
    actor: string;
    set_at: number;
  };
  predictions: {
    request_id: string;
    model_name: string;
    version: number;
    inputs_json: string;
    output_json: string;
    latency_ms: number;
    at: number;
  };
  feedback: {
    request_id: string;
    actual_json: string;
    at: number;
  };
  monitoring_reports: {
    id: Generated<number>;
    model_name: string;
    version: number | null;
    run_id: string | null;
    status: string;
    summary_json: string;
    report_json: string;
    window_start: number | null;
    window_end: number | null;
    created_at: number;
  };
  alerts: {
    id: Generated<number>;
    rule: string;
    model_name: string | null;
    severity: string;
    message: string;
    dedup_key: string;
    payload_json: string;
    deliveries_json: string;
    created_at: number;
  };
  job_runs: {
    id: Generated<number>;
    job_name: string;
    trigger: string;
    status: string;
    log: string;
    error: string | null;
    started_at: number;
    finished_at: number | null;
  };
  api_tokens: {
    id: Generated<number>;
    name: string;
    role: string;
    secret_hash: string;
    created_at: number;
    last_used_at: number | null;
    revoked_at: number | null;
  };
}
