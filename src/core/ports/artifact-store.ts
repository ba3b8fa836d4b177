/**
 * Content-addressed blobs: the key of a blob is the lowercase hex sha256 of its bytes. A key that is
 * not such a digest is rejected (ARTIFACT_KEY_INVALID) before any I/O, so no caller-supplied string
 * ever becomes part of a path. A local folder implements it; an S3 bucket can.
 */
export interface ArtifactStore {
  /** Stores bytes, returns their key; storing the same bytes twice is one blob. */
  put(bytes: Uint8Array): Promise<string>;
  /** Streams a file into the store without holding it in memory; returns key and size. */
  putFile(path: string): Promise<{ key: string; byteSize: number }>;
  /** The bytes, verified against the key; ARTIFACT_NOT_FOUND / ARTIFACT_CORRUPT. */
  get(key: string): Promise<Uint8Array>;
  has(key: string): Promise<boolean>;
  /** Removes a blob; false when it was not there. */
  delete(key: string): Promise<boolean>;
  /**
   * A local file path holding the blob's bytes, for readers that need a path (DuckDB).
   * A remote store downloads to a temporary file.
   */
  localPath(key: string): Promise<string>;
  /** Human description for `sextant status`. */
  readonly description: string;
}
