import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../platform/open-workspace.js';
import { resolveConfig } from '../platform/sextant-config.js';
import { authenticateToken } from '../registry/authenticate-token.js';
import { captureCli } from '../test-support/capture-cli.js';
import { tempFolder } from '../test-support/temp-files.js';

const { dir } = tempFolder('sextant-tokens-cli-');
const home = join(dir, '.sextant');
const sextant = (...argv: string[]) => captureCli(['--home', home, ...argv], {}, dir);

const authenticate = async (secret: string) => {
  const ws = await openWorkspace(resolveConfig({ home }, {}, dir));
  try {
    return await authenticateToken(ws.store.tokens, secret, new Date());
  } finally {
    await ws.close();
  }
};

describe('sextant tokens', () => {
  it('creates a token whose secret is printed once and authenticates', async () => {
    const created = await sextant('tokens', 'create', '--role', 'predict', '--name', 'ci');
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^sxt_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toContain('created token 1 "ci" (predict); the secret is shown only this once');
    expect(await authenticate(secret)).toMatchObject({ id: 1, name: 'ci', role: 'predict' });

    const json = JSON.parse((await sextant('tokens', 'create', '--role', 'admin', '--json')).stdout);
    expect(json.secret).toMatch(/^sxt_/);
    expect(json.token).toMatchObject({ id: 2, name: 'admin', role: 'admin', revokedAt: null });
    expect(json.token.secretHash).toBeUndefined();
  });

  it('lists tokens without secrets or hashes, and revokes them', async () => {
    const listed = await sextant('tokens', 'list');
    expect(listed.stdout).toMatch(/^1\s+ci\s+predict\s+\S+\s+\S+\s+-$/m);
    expect(listed.stdout).not.toContain('sxt_');
    const revoked = await sextant('tokens', 'revoke', '1');
    expect(revoked.stdout).toBe('revoked token 1\n');
    const json = JSON.parse((await sextant('tokens', 'list', '--json')).stdout);
    expect(json.map((t: { id: number; revokedAt: string | null }) => [t.id, t.revokedAt !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(JSON.stringify(json)).not.toContain('secretHash');
    const unknown = await sextant('tokens', 'revoke', '9', '--json');
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout).error.code).toBe('TOKEN_NOT_FOUND');
  });

  it('requires a known role', async () => {
    expect((await sextant('tokens', 'create')).code).toBe(1);
    const bad = await sextant('tokens', 'create', '--role', 'root');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Allowed choices are predict, feedback, admin');
  });
});
