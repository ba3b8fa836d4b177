/**
 * A failed API call: the HTTP status (0 when the server could not be reached) and the server's
 * `{"error": {"code", "message"}}` when it sent one, so a page can tell "needs a token" (401),
 * "token lacks the role" (403) and everything else apart.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }

  /** True when a (better) token would fix it. */
  get isAuth(): boolean {
    return this.status === 401 || this.status === 403;
  }
}
