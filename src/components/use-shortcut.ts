import { useLayoutEffect, useRef } from 'react';
import { shortcutOf, type ShortcutAction } from './shortcuts.ts';

/** Runs `handler` when the reader presses the shortcut for `action` (and `enabled`); the key's default action is then prevented. */
export function useShortcut(action: ShortcutAction, handler: () => void, enabled = true): void {
  // Layout effects, not passive ones: the router renders a new page in a transition, and React
  // runs passive effects in a later task than the one that puts the page on screen. A key
  // pressed in between (j then k, quickly) reached the page that had gone. Layout effects run
  // with the DOM change, so the handler listening is always the page's on screen.
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (shortcutOf(event) !== action) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [action, enabled]);
}
