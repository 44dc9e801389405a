// The reading log on this device (localStorage), shared by the reader, which writes it, and
// the list, which shows it.
import { useSyncExternalStore } from 'react';
import { parseLog, READING_LOG_KEY, recordPosition, type ReadingLog } from '../content/reading-log.ts';

const EMPTY: ReadingLog = {};
const listeners = new Set<() => void>();
let current: ReadingLog | null = null;

function read(): ReadingLog {
  if (current) return current;
  try {
    current = parseLog(JSON.parse(localStorage.getItem(READING_LOG_KEY) ?? '{}'));
  } catch {
    current = EMPTY;
  }
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== READING_LOG_KEY) return;
    current = null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Keeps the reader's place in an article. */
export function savePosition(id: string, title: string, position: number, reachedEnd: boolean): void {
  current = recordPosition(read(), id, title, position, reachedEnd, Date.now());
  try {
    localStorage.setItem(READING_LOG_KEY, JSON.stringify(current));
  } catch {
    // No storage (private mode, full quota): the place is kept for this visit only.
  }
  listeners.forEach((listener) => listener());
}

/** The reading log; empty while prerendering and hydrating, so hydration never mismatches. */
export function useReadingLog(): ReadingLog {
  return useSyncExternalStore(subscribe, read, () => EMPTY);
}

/** The log as it is now, outside React (the reader reads it once, on opening an article). */
export const readingLog = read;
