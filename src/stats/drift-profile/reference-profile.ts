import type { ColumnProfile } from './column-profile.js';

/** The version of the profile format written by encodeReferenceProfile; older or newer is refused. */
export const REFERENCE_PROFILE_VERSION = 1;

/**
 * The statistics of a reference data set that drift needs, computed once (buildReferenceProfile)
 * and saved (encodeReferenceProfile), so that a monitoring run reads only the current data.
 */
export interface ReferenceProfile {
  readonly version: typeof REFERENCE_PROFILE_VERSION;
  /** Where the reference came from (a file path, a dataset version), for reports. */
  readonly source: string;
  readonly rowCount: number;
  /** ISO 8601 instant the profile was built. */
  readonly createdAt: string;
  /** Numeric columns keep at most this many values (a quantile sketch above it). */
  readonly maxValues: number;
  /** Numeric columns are sorted. */
  readonly columns: readonly ColumnProfile[];
}
