// The reading log on this device, written by the reader and shown by the list.
import { parseLog, READING_LOG_KEY, recordPosition, type ReadingLog } from '../content/reader/reading-log.ts';
import { deviceStore } from './device-store.ts';

const store = deviceStore<ReadingLog>(READING_LOG_KEY, parseLog, {});

/** Keeps the reader's place in an article. */
export function savePosition(id: string, title: string, position: number, reachedEnd: boolean): void {
  store.write(recordPosition(store.read(), id, title, position, reachedEnd, Date.now()));
}

/** The reading log; empty while prerendering and hydrating. */
export const useReadingLog = store.use;

/** The log as it is now, outside React (the reader reads it once, on opening an article). */
export const readingLog = store.read;
