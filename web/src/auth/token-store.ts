const KEY = 'sextant.token';

type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * The API token, kept in localStorage so it survives reloads, with change notification so every
 * page refetches when the token box changes it. Falls back to memory when storage is blocked
 * (private windows, file:// pages), so the box still works for the session.
 */
export const tokenStore = {
  memory: '',

  get(): string {
    try {
      return window.localStorage.getItem(KEY) ?? '';
    } catch {
      return tokenStore.memory;
    }
  },

  set(token: string): void {
    const value = token.trim();
    tokenStore.memory = value;
    try {
      if (value === '') window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, value);
    } catch {
      // Storage blocked: the in-memory copy above is used instead.
    }
    for (const listener of listeners) listener();
  },

  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === KEY) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  },
};
