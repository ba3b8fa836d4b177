import { describe, expect, it } from 'vitest';
import { isSextantError } from '../core/sextant-error.js';
import { maskPassword, parseDatabaseUrl, resolveConfig } from './sextant-config.js';

describe('resolveConfig', () => {
  it('defaults to ./.sextant with an embedded SQLite file', () => {
    expect(resolveConfig({}, {}, '/work/proj')).toEqual({
      home: '/work/proj/.sextant',
      artifactDir: '/work/proj/.sextant/artifacts',
      database: { kind: 'sqlite', path: '/work/proj/.sextant/sextant.db' },
    });
  });

  it('takes the environment, and flags over the environment', () => {
    const env = { SEXTANT_HOME: '/data/sx', SEXTANT_DATABASE_URL: 'sqlite:meta.db' };
    expect(resolveConfig({}, env, '/w').database).toEqual({ kind: 'sqlite', path: '/w/meta.db' });
    expect(resolveConfig({}, env, '/w').home).toBe('/data/sx');
    const flags = resolveConfig({ home: 'h', database: 'postgres://u@db:5432/sx' }, env, '/w');
    expect(flags.home).toBe('/w/h');
    expect(flags.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/sx' });
  });

  it('treats an empty environment variable as unset', () => {
    expect(resolveConfig({}, { SEXTANT_HOME: ' ', SEXTANT_DATABASE_URL: '' }, '/w').home).toBe('/w/.sextant');
  });
});

describe('parseDatabaseUrl', () => {
  it('reads sqlite paths, absolute and relative', () => {
    expect(parseDatabaseUrl('sqlite:/var/sx.db', '/w')).toEqual({ kind: 'sqlite', path: '/var/sx.db' });
    expect(parseDatabaseUrl('sqlite:///var/sx.db', '/w')).toEqual({ kind: 'sqlite', path: '/var/sx.db' });
    expect(parseDatabaseUrl('sqlite:sub/sx.db', '/w')).toEqual({ kind: 'sqlite', path: '/w/sub/sx.db' });
  });

  it('takes a schema query parameter for postgres', () => {
    expect(parseDatabaseUrl('postgresql://u@h/db?schema=tenant_a', '/w')).toEqual({
      kind: 'postgres',
      url: 'postgresql://u@h/db',
      schema: 'tenant_a',
    });
  });

  it.each(['mysql://h/db', 'sqlite:', 'file.db', 'postgres://'])('rejects %j with CONFIG_INVALID', (url) => {
    expect(() => parseDatabaseUrl(url, '/w')).toThrow(
      expect.toSatisfy((e: unknown) => isSextantError(e, 'CONFIG_INVALID')),
    );
  });

  it('never shows a password', () => {
    expect(maskPassword('postgres://u:secret@h/db')).toBe('postgres://u:***@h/db');
    try {
      parseDatabaseUrl('mysql://u:secret@h/db', '/w');
    } catch (error) {
      expect(String(error)).not.toContain('secret');
    }
    expect.assertions(2);
  });
});
