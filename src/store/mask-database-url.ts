/**
 * A database URL safe to print: the password, when there is one, becomes `***`. Used in every
 * message and description that names a database, so a password typed into `--database` never
 * reaches a log, an error response or `sextant status`.
 *
 * @example maskDatabaseUrl('postgres://app:s3cret@db:5432/sextant') // 'postgres://app:***@db:5432/sextant'
 */
export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    // Not a parseable URL: mask anything between "//user:" and the last "@" rather than risk it.
    return url.replace(/\/\/([^/:@]*):[^/]*@/, '//$1:***@');
  }
}
