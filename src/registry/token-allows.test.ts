import { describe, expect, it } from 'vitest';
import { TOKEN_ROLES } from '../core/entities/api-token.js';
import { tokenAllows } from './token-allows.js';

describe('tokenAllows', () => {
  it('allows a role its own routes, admin everything, and nothing else', () => {
    const allowed = TOKEN_ROLES.flatMap((role) =>
      TOKEN_ROLES.filter((needed) => tokenAllows(role, needed)).map((needed) => `${role}->${needed}`),
    );
    expect(allowed).toEqual([
      'predict->predict',
      'feedback->feedback',
      'admin->predict',
      'admin->feedback',
      'admin->admin',
    ]);
  });
});
