import { ApiError } from '../api/api-error';
import { useToken } from '../auth/use-token';

/**
 * Explains a failed API call. 401: the server wants a token (or rejects the saved one), so point at
 * the token box; 403: the
 * token lacks the role (admin for buttons); anything else: the server's own code and message.
 */
export function ErrorNotice({
  error,
  action = 'read this page',
}: {
  readonly error: unknown;
  readonly action?: string;
}) {
  const token = useToken();
  if (error instanceof ApiError && error.status === 401) {
    return (
      <div className="notice notice-auth" role="alert" data-testid="auth-error" data-status="401">
        <strong>
          {token === ''
            ? `A token is needed to ${action}.`
            : `The saved token was not accepted (unknown or revoked), so this page cannot ${action}.`}
        </strong>{' '}
        Paste an API token into the <em>Token</em> box at the top and press Save. Create one on the server
        with <code>sextant tokens create --role admin</code> (any role can read; the buttons need{' '}
        <code>admin</code>).
        <span className="muted"> ({error.message})</span>
      </div>
    );
  }
  if (error instanceof ApiError && error.status === 403) {
    return (
      <div className="notice notice-auth" role="alert" data-testid="auth-error" data-status="403">
        <strong>This token may not {action}.</strong> It lacks the role this needs: use an <code>admin</code>{' '}
        token (<code>sextant tokens create --role admin</code>) in the <em>Token</em> box.
        <span className="muted"> ({error.message})</span>
      </div>
    );
  }
  const code = error instanceof ApiError ? error.code : 'ERROR';
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="notice notice-error" role="alert" data-testid="api-error" data-code={code}>
      <strong>Could not {action}.</strong> <code>{code}</code> {message}
    </div>
  );
}
