// The keyboard shortcuts: which key does what, and when a key is the reader's typing rather
// than a shortcut. No React here; components subscribe through useShortcut.

import type { TextKey } from '../content/publishing/translator.ts';

export type ShortcutAction = 'search' | 'help' | 'next' | 'previous' | 'next-match' | 'previous-match';

/** Every shortcut, as the help overlay lists them (`description` names the message; Esc's key is named in the site's language). */
export const SHORTCUTS: readonly { keys: readonly string[]; action: ShortcutAction | 'escape'; description: TextKey }[] = [
  { keys: ['j'], action: 'next', description: 'shortcuts.next' },
  { keys: ['k'], action: 'previous', description: 'shortcuts.previous' },
  { keys: ['/'], action: 'search', description: 'shortcuts.search' },
  { keys: ['n'], action: 'next-match', description: 'shortcuts.nextMatch' },
  { keys: ['N'], action: 'previous-match', description: 'shortcuts.previousMatch' },
  { keys: ['?'], action: 'help', description: 'shortcuts.help' },
  { keys: ['Esc'], action: 'escape', description: 'shortcuts.escape' },
];

const KEYS: Record<string, ShortcutAction> = Object.fromEntries(
  SHORTCUTS.flatMap(({ keys, action }) => (action === 'escape' ? [] : keys.map((key) => [key, action]))),
);

/** Whether keys pressed in this element are text being typed. */
export function isTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return target instanceof HTMLInputElement && !/^(radio|checkbox|button|submit|reset|range|color|file)$/.test(target.type);
}

/** The shortcut a key press means, or null: with a modifier held, or while typing, none does. */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'defaultPrevented'>): ShortcutAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return null;
  return KEYS[event.key] ?? null;
}
