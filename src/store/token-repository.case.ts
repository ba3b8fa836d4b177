import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { NewApiToken } from '../core/entities/api-token.js';
import { contract } from './contract-fixtures.case.js';
import type { StoreContractContext } from './store-contract-context.case.js';

/** The TokenRepository part of the metadata-store contract. */
export function describeTokenRepositoryContract(ctx: StoreContractContext): void {
  describe('api tokens', () => {
    it('creates a token and finds it by secret hash while it is active', async () => {
      const repo = ctx.store().tokens;
      const input = newToken('admin');
      const token = await repo.createToken(input);
      expect(token).toEqual({ ...input, id: token.id, lastUsedAt: null, revokedAt: null });
      expect(await repo.findActiveTokenByHash(input.secretHash)).toEqual(token);
      expect(await repo.findActiveTokenByHash(newToken('predict').secretHash)).toBeUndefined();
      expect(await repo.listTokens()).toContainEqual(token);
    });

    it('refuses a second token with the same secret hash', async () => {
      const repo = ctx.store().tokens;
      const input = newToken('predict');
      await repo.createToken(input);
      await contract.rejects(repo.createToken({ ...input, name: 'copy' }), 'INVALID_ARGUMENT');
    });

    it('revokes a token, keeping the first revocation instant', async () => {
      const repo = ctx.store().tokens;
      const token = await repo.createToken(newToken('feedback'));
      expect(await repo.revokeToken(token.id, contract.at(10))).toBe(true);
      expect(await repo.findActiveTokenByHash(token.secretHash)).toBeUndefined();
      expect(await repo.revokeToken(token.id, contract.at(20))).toBe(true);
      const listed = (await repo.listTokens()).find((t) => t.id === token.id);
      expect(listed?.revokedAt).toEqual(contract.at(10));
      expect(await repo.revokeToken(2_000_000_000, contract.at())).toBe(false);
    });

    it('records when a token was last used', async () => {
      const repo = ctx.store().tokens;
      const token = await repo.createToken(newToken('predict'));
      await repo.touchToken(token.id, contract.at(77));
      expect((await repo.findActiveTokenByHash(token.secretHash))?.lastUsedAt).toEqual(contract.at(77));
    });
  });
}

function newToken(role: NewApiToken['role']): NewApiToken {
  const secretHash = createHash('sha256').update(randomBytes(32)).digest('hex');
  return { name: contract.name('token'), role, secretHash, createdAt: contract.at() };
}
