import { isAbsolute, join, resolve } from 'node:path';
import { SextantError } from '../core/sextant-error.js';

/** Where a workspace lives: its home folder (SQLite file, artifacts) and its database. */
export interface SextantConfig {
  /** Absolute path of the home folder. */
  readonly home: string;
  /** Absolute path of the artifact folder (inside home). */
  readonly artifactDir: string;
  readonly database: DatabaseTarget;
}

export type DatabaseTarget =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string };

/** The global options a user can give, from flags or the environment. */
export interface ConfigInput {
  readonly home?: string | undefined;
  readonly database?: string | undefined;
}

/**
 * Resolves the configuration: flags win over the environment (SEXTANT_HOME, SEXTANT_DATABASE_URL),
 * which wins over the defaults (`./.sextant`, and `sqlite:<home>/sextant.db`).
 *
 * @example resolveConfig({ database: 'postgres://localhost/sextant' }, process.env, process.cwd())
 */
export function resolveConfig(input: ConfigInput, env: NodeJS.ProcessEnv, cwd: string): SextantConfig {
  const homeRaw = input.home ?? nonEmpty(env.SEXTANT_HOME) ?? '.sextant';
  const home = resolve(cwd, homeRaw);
  const url = input.database ?? nonEmpty(env.SEXTANT_DATABASE_URL);
  return {
    home,
    artifactDir: join(home, 'artifacts'),
    database:
      url === undefined ? { kind: 'sqlite', path: join(home, 'sextant.db') } : parseDatabaseUrl(url, cwd),
  };
}

/** Parses `sqlite:PATH` (relative to cwd) or `postgres://...` / `postgresql://...`. */
export function parseDatabaseUrl(url: string, cwd: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '')
      throw new SextantError(
        'CONFIG_INVALID',
        'database URL sqlite: needs a file path, e.g. sqlite:./sextant.db',
      );
    return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new SextantError('CONFIG_INVALID', 'database URL is not a valid postgres:// URL');
    }
    if (parsed.hostname === '') {
      throw new SextantError(
        'CONFIG_INVALID',
        'database URL postgres:// needs a host, e.g. postgres://user@127.0.0.1:5432/db',
      );
    }
    const schema = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    return schema === undefined
      ? { kind: 'postgres', url: parsed.toString() }
      : { kind: 'postgres', url: parsed.toString(), schema };
  }
  throw new SextantError(
    'CONFIG_INVALID',
    `unsupported database URL ${JSON.stringify(maskPassword(url))}: use sqlite:PATH or postgres://USER@HOST:PORT/DB`,
  );
}

/** The URL with any password replaced by `***`, for messages and `sextant status`. */
export function maskPassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]+:)[^@]*@/i, '$1***@');
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
