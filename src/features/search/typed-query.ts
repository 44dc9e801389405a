// What the reader is typing on the search page, ahead of the URL: each keystroke would
// otherwise navigate the router, and a navigation re-renders the whole page (about 100 ms
// of main-thread work a key on a phone). The field writes here at once and navigates only
// when typing pauses; the search page shows results for what is typed here while it is on
// the history entry the typing happened on (`key`), and for its URL otherwise.
import { useSyncExternalStore } from 'react';

/** The text typed on the history entry `key`, newer than that entry's URL. */
export interface TypedQuery {
  key: string;
  query: string;
}

let typed: TypedQuery | null = null;
const listeners = new Set<() => void>();

/** Records what is typed on the history entry `key` (null: nothing ahead of the URL). */
export function setTypedQuery(next: TypedQuery | null): void {
  if (next?.key === typed?.key && next?.query === typed?.query) return;
  typed = next;
  for (const listener of listeners) listener();
}

/** The text typed on the history entry `key`, or null when its URL is what counts. */
export function typedQueryFor(key: string): string | null {
  return typed?.key === key ? typed.query : null;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** What is being typed on history entry `key`, ahead of its URL; null when its URL's query counts. */
export function useTypedQuery(key: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => typedQueryFor(key),
    () => null,
  );
}
