import { type FormEvent, useEffect, useState } from 'react';
import { tokenStore } from '../auth/token-store';
import { useToken } from '../auth/use-token';

/**
 * The header's token box: paste an API token and Save (kept in this browser's localStorage and
 * sent as `Authorization: Bearer` on every call), or Clear it. Every page refetches on a change.
 */
export function TokenBox() {
  const token = useToken();
  const [draft, setDraft] = useState(token);
  useEffect(() => setDraft(token), [token]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    tokenStore.set(draft);
  };

  return (
    <form className="token-box" onSubmit={save} data-testid="token-box">
      <label htmlFor="token-input">Token</label>
      <input
        id="token-input"
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder={token === '' ? 'paste an API token' : 'token saved'}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        data-testid="token-input"
      />
      <button type="submit" data-testid="token-save">
        Save
      </button>
      {token !== '' && (
        <button
          type="button"
          className="secondary"
          onClick={() => tokenStore.set('')}
          data-testid="token-clear"
        >
          Clear
        </button>
      )}
      <span
        className={token === '' ? 'token-state' : 'token-state token-state-set'}
        data-testid="token-state"
      >
        {token === '' ? 'no token' : 'token set'}
      </span>
    </form>
  );
}
