import { useSyncExternalStore } from 'react';

/** The language prerendered pages are written in; the reader's own locale takes over once the page is live. */
export const PAGE_LOCALE = 'en';

const subscribe = () => () => undefined;

/** The reader's locale in the browser, and the page's locale while prerendering and hydrating, so hydration never mismatches. */
export function useLocale(): string {
  return useSyncExternalStore(
    subscribe,
    () => navigator.language || PAGE_LOCALE,
    () => PAGE_LOCALE,
  );
}
