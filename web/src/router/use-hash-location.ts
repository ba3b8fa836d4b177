import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function read(): string {
  return window.location.hash;
}

/**
 * The page's location hash (`#/models/tickets?x=1`), re-rendering on every change. Hash routing
 * needs nothing from the server: any URL under `/` serves the same index.html, and links work
 * when the page is opened offline or behind a proxy.
 */
export function useHashLocation(): string {
  return useSyncExternalStore(subscribe, read, () => '');
}
