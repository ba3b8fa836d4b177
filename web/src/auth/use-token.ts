import { useSyncExternalStore } from 'react';
import { tokenStore } from './token-store';

/** The current API token ('' when none); re-renders when the token box (or another tab) changes it. */
export function useToken(): string {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.get, () => '');
}
