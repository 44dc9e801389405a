// The reader's settings on this device: read from and written to localStorage, applied to
// the page at once, and shared by every component that shows them.
import { useSyncExternalStore } from 'react';
import { applySettings, DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type ReaderSettings } from '../content/reader-settings.ts';

const listeners = new Set<() => void>();
let current: ReaderSettings | null = null;

function read(): ReaderSettings {
  if (current) return current;
  try {
    current = parseSettings(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}'));
  } catch {
    current = DEFAULT_SETTINGS;
  }
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab changed them: follow.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SETTINGS_KEY) return;
    current = null;
    applySettings(document.documentElement, read());
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Changes settings, keeps them on the device and applies them to the page. */
export function updateSettings(change: Partial<ReaderSettings>): void {
  current = { ...read(), ...change };
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(current));
  } catch {
    // Private browsing or a full quota: the choice still holds for this page.
  }
  applySettings(document.documentElement, current);
  listeners.forEach((listener) => listener());
}

/** The current settings; the defaults while prerendering and hydrating. */
export function useReaderSettings(): ReaderSettings {
  return useSyncExternalStore(subscribe, read, () => DEFAULT_SETTINGS);
}
