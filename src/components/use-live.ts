import { startTransition, useEffect, useReducer, useSyncExternalStore, type ReactNode } from 'react';

// Whether what React renders must match a prerendered page: while prerendering (in Node,
// where there is no document), and in a browser from `hydrationStarts` until the hydration's
// effects have run (`LiveRoot`).
let hydrating = typeof document === 'undefined';

/** Called by the app just before it hydrates a prerendered page, whose root is a `LiveRoot`. */
export function hydrationStarts(): void {
  hydrating = true;
}

/** Whether React is rendering a page that must match its markup: prerendering, or hydrating a prerendered page. */
export const isHydrating = () => hydrating;

/** The app's root: once its first effects have run (its children's run before), the page is live. */
export function LiveRoot({ children }: { children: ReactNode }) {
  useEffect(() => {
    hydrating = false;
  }, []);
  return children;
}

const never = () => () => {};
const alwaysTrue = () => true;
const bump = (n: number) => n + 1;

/**
 * A value outside React that a component follows (`read`, calling `subscribe`'s listener on
 * change), and that is `fallback` while prerendering and hydrating, so hydration never
 * mismatches.
 *
 * `useSyncExternalStore`'s server snapshot alone would do that, then re-render every
 * component whose value differs at once, in one task: the whole frame and the list, 80-90 ms
 * here and four times that on Lighthouse's phone, all of it blocking time. Here a component
 * whose value differs is rendered again in a transition, in slices between which the browser
 * handles input, and one whose value is the fallback is not rendered again.
 */
export function useBrowserValue<T>(subscribe: (listener: () => void) => () => void, read: () => T, fallback: T): T {
  const [, refresh] = useReducer(bump, 0);
  useEffect(() => {
    if (hydrating && !Object.is(read(), fallback)) startTransition(refresh);
  }, [read, fallback]);
  return useSyncExternalStore(
    subscribe,
    () => (hydrating ? fallback : read()),
    () => fallback,
  );
}

/**
 * False in a prerendered page and while the app hydrates it, true once the app runs it (at
 * once when it renders a page afresh). For what works only with the app running, which the
 * tens of thousands of prerendered pages then need not carry.
 */
export const useLive = () => useBrowserValue(never, alwaysTrue, false);
