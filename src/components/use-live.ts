import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False in a prerendered page and while the app hydrates it, true once the app runs it (at
 * once when it renders a page afresh). For what works only with the app running, which the
 * tens of thousands of prerendered pages then need not carry.
 */
export const useLive = () =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
