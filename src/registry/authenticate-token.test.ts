import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import type { TokenRepository } from '../core/ports/token-repository.js';
import { createSqliteStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { authenticateToken } from './authenticate-token.js';
import { createApiToken } from './create-api-token.js';
import { revokeApiToken } from './revoke-api-token.js';

const { dir } = tempFolder('sextant-authenticate-');
const t0 = new Date('2026-11-23T10:00:00Z');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
let store: MetadataStore;
let lookups = 0;
let tokens: TokenRepository;

beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
  // The real repository, counting lookups: a malformed secret must not reach the database.
  const real = store.tokens;
  tokens = {
    createToken: (t) => real.createToken(t),
    findActiveTokenByHash: (hash) => {
      lookups++;
      return real.findActiveTokenByHash(hash);
    },
    listTokens: () => real.listTokens(),
    revokeToken: (id, at) => real.revokeToken(id, at),
    touchToken: (id, at) => real.touchToken(id, at),
  };
});
afterAll(() => store.close());

const lastUsed = async (id: number) =>
  (await store.tokens.listTokens()).find((t) => t.id === id)?.lastUsedAt?.toISOString();

describe('authenticateToken', () => {
  it('finds the token of a secret and records its use at most once a minute', async () => {
    const { secret, token } = await createApiToken(tokens, { name: 'svc', role: 'feedback', at: t0 });
    const found = await authenticateToken(tokens, secret, later(1));
    expect(found).toMatchObject({ id: token.id, role: 'feedback', lastUsedAt: later(1) });
    expect(await lastUsed(token.id)).toBe(later(1).toISOString());
    await authenticateToken(tokens, secret, later(30));
    expect(await lastUsed(token.id)).toBe(later(1).toISOString());
    await authenticateToken(tokens, secret, later(61));
    expect(await lastUsed(token.id)).toBe(later(61).toISOString());
  });

  it('rejects unknown and revoked secrets, and malformed ones without a query', async () => {
    const { secret, token } = await createApiToken(tokens, { name: 'old', role: 'admin', at: t0 });
    expect(await authenticateToken(tokens, `sxt_${'A'.repeat(43)}`, t0)).toBeUndefined();
    await revokeApiToken(tokens, token.id, later(5));
    expect(await authenticateToken(tokens, secret, later(6))).toBeUndefined();
    const before = lookups;
    for (const bad of ['', 'Bearer x', secret.slice(0, -1), `${secret}=`, secret.replace('sxt_', 'sxx_')]) {
      expect(await authenticateToken(tokens, bad, t0)).toBeUndefined();
    }
    expect(lookups).toBe(before);
  });

  it('revoking an unknown token is TOKEN_NOT_FOUND', async () => {
    expect((await catchSextantError(revokeApiToken(tokens, 999, t0))).code).toBe('TOKEN_NOT_FOUND');
  });
});
