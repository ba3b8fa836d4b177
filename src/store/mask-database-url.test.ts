import { describe, expect, it } from 'vitest';
import { maskDatabaseUrl } from './mask-database-url.js';

describe('maskDatabaseUrl', () => {
  it('replaces the password and keeps everything else', () => {
    expect(maskDatabaseUrl('postgres://app:s3cret@db.internal:5432/sextant?sslmode=require')).toBe(
      'postgres://app:***@db.internal:5432/sextant?sslmode=require',
    );
  });

  it('masks percent-encoded passwords with URL-special characters', () => {
    const masked = maskDatabaseUrl('postgres://app:p%40ss%3Aw0rd@db/sextant');
    expect(masked).toBe('postgres://app:***@db/sextant');
  });

  it('leaves a URL without a password as it is', () => {
    expect(maskDatabaseUrl('postgres://postgres@127.0.0.1:5432/test')).toBe(
      'postgres://postgres@127.0.0.1:5432/test',
    );
  });

  it('still masks a string that is not a parseable URL', () => {
    expect(maskDatabaseUrl('postgres://app:s3cret@[bad/sextant')).not.toContain('s3cret');
  });
});
