import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRole } from '../core/entities/api-token.js';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { createSqliteStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { createApiToken } from './create-api-token.js';
import { hashTokenSecret } from './hash-token-secret.js';

const { dir } = tempFolder('sextant-create-token-');
const at = new Date('2026-11-23T10:00:00Z');
let store: MetadataStore;

beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
});
afterAll(() => store.close());

describe('createApiToken', () => {
  it('returns a fresh sxt_ secret once and stores only its sha256', async () => {
    const a = await createApiToken(store.tokens, { name: 'ci', role: 'predict', at });
    const b = await createApiToken(store.tokens, { name: 'ci', role: 'admin', at });
    expect(a.secret).toMatch(/^sxt_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.secret.slice(4), 'base64url')).toHaveLength(32);
    expect(a.secret).not.toBe(b.secret);
    expect(a.token).toMatchObject({ name: 'ci', role: 'predict', createdAt: at, revokedAt: null });
    expect(a.token.secretHash).toBe(hashTokenSecret(a.secret));
    expect((await store.tokens.listTokens()).map((t) => t.secretHash)).toEqual([
      hashTokenSecret(a.secret),
      hashTokenSecret(b.secret),
    ]);
    // The secret itself is nowhere in the database files (main file and write-ahead log).
    await store.close();
    for (const file of ['sextant.db', 'sextant.db-wal']) {
      const bytes = (() => {
        try {
          return readFileSync(join(dir, file)).toString('latin1');
        } catch {
          return '';
        }
      })();
      expect(bytes).not.toContain(a.secret.slice(4));
    }
    store = await createSqliteStore(join(dir, 'sextant.db'));
  });

  it('refuses unknown roles and invalid names', async () => {
    const role = createApiToken(store.tokens, { name: 'x', role: 'root' as TokenRole, at });
    expect((await catchSextantError(role)).code).toBe('INVALID_ARGUMENT');
    const name = createApiToken(store.tokens, { name: 'has space', role: 'predict', at });
    expect((await catchSextantError(name)).code).toBe('INVALID_ARGUMENT');
  });
});
