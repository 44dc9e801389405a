// A value kept on this device (localStorage) that components read and follow: the reader's
// settings and reading log. Every tab follows changes made in another.
import { useBrowserValue } from '../components/use-live.ts';

export interface DeviceStore<T> {
  /** The value now, parsed from storage once and then kept in memory. */
  read: () => T;
  /** Replaces the value, keeping it on the device when storage allows. */
  write: (value: T) => void;
  /** The value in a component; `fallback` while prerendering and hydrating, so hydration never mismatches. */
  use: () => T;
}

/**
 * A store under `key`; `parse` turns whatever was stored (or nothing) into a valid value;
 * `onChange` runs on every change, made here or in another tab.
 */
export function deviceStore<T>(key: string, parse: (stored: unknown) => T, fallback: T, onChange?: (value: T) => void): DeviceStore<T> {
  const listeners = new Set<() => void>();
  let current: T | null = null;
  const read = () => {
    if (current !== null) return current;
    try {
      // Nothing kept is the fallback itself, not an equal copy: a reader who kept nothing
      // gets no render when the page goes live.
      const stored = localStorage.getItem(key);
      current = stored === null ? fallback : parse(JSON.parse(stored));
    } catch {
      current = fallback;
    }
    return current;
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key) return;
      current = null;
      onChange?.(read());
      listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  };
  const write = (value: T) => {
    current = value;
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Private browsing or a full quota: the value holds for this visit only.
    }
    onChange?.(value);
    listeners.forEach((listener) => listener());
  };
  return { read, write, use: () => useBrowserValue(subscribe, read, fallback) };
}
