import { useSyncExternalStore } from 'react';

/** The language prerendered pages are written in (the site's); the reader's own locale takes over once the page is live. */
let pageLocale = 'en';

/** Sets the site's language, once, before anything renders. */
export function setPageLocale(language: string): void {
  pageLocale = language;
}

const subscribe = () => () => undefined;

/** The reader's locale in the browser, and the page's locale while prerendering and hydrating, so hydration never mismatches. */
export function useLocale(): string {
  return useSyncExternalStore(
    subscribe,
    () => navigator.language || pageLocale,
    () => pageLocale,
  );
}
