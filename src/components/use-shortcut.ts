import { useEffect, useRef } from 'react';
import { shortcutOf, type ShortcutAction } from './shortcuts.ts';

/** Runs `handler` when the reader presses the shortcut for `action` (and `enabled`); the key's default action is then prevented. */
export function useShortcut(action: ShortcutAction, handler: () => void, enabled = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
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
