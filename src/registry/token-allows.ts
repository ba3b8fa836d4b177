import type { TokenRole } from '../core/entities/api-token.js';

/**
 * Whether a token of `role` may do what needs `needed`: the same role, or admin, which implies
 * predict and feedback. predict and feedback do not imply each other: a client that reads
 * predictions should not be able to write ground truth, and the reverse.
 */
export function tokenAllows(role: TokenRole, needed: TokenRole): boolean {
  return role === needed || role === 'admin';
}
