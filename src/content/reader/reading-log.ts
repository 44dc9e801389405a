// Where the reader is in each article they opened, kept on their device: what the list marks
// as read or in progress, what "continue reading" offers, and where an article reopens.

export interface ReadingRecord {
  title: string;
  /** How far into the article the top of the screen was, from 0 (its start) to 1 (its end). */
  position: number;
  /** Whether the reader has reached the article's end, ever. */
  read: boolean;
  /** When it was last read (ms since the epoch). */
  at: number;
}

export type ReadingLog = Readonly<Record<string, ReadingRecord>>;
export type ReadingStatus = 'unread' | 'in-progress' | 'read';

export const READING_LOG_KEY = 'archive.reading-log';
/** Articles remembered; the least recently read are forgotten first. */
export const LOG_LIMIT = 500;
/** Less than this far in, an article opens at its start and counts as not begun. */
export const BEGUN = 0.02;

const isRecord = (value: unknown): value is ReadingRecord => {
  const r = value as ReadingRecord;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof r.title === 'string' &&
    typeof r.position === 'number' &&
    r.position >= 0 &&
    r.position <= 1 &&
    typeof r.read === 'boolean' &&
    typeof r.at === 'number'
  );
};

/** The log from whatever was stored, keeping only well-formed records. */
export function parseLog(stored: unknown): ReadingLog {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter(([, record]) => isRecord(record)));
}

/** The log with the reader's place in one article updated; once read, an article stays read. */
export function recordPosition(log: ReadingLog, id: string, title: string, position: number, reachedEnd: boolean, now: number): ReadingLog {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(position) ? position : 0));
  const next: Record<string, ReadingRecord> = { ...log, [id]: { title, position: clamped, read: reachedEnd || (log[id]?.read ?? false), at: now } };
  const ids = Object.keys(next);
  if (ids.length <= LOG_LIMIT) return next;
  ids.sort((a, b) => next[b]!.at - next[a]!.at);
  for (const old of ids.slice(LOG_LIMIT)) delete next[old];
  return next;
}

/** Whether an article is unread, in progress or read, by the log. */
export function statusOf(log: ReadingLog, id: string): ReadingStatus {
  const record = log[id];
  if (!record) return 'unread';
  if (record.read) return 'read';
  return record.position >= BEGUN ? 'in-progress' : 'unread';
}

/** The article most recently left part-way through, if any. */
export function continueReading(log: ReadingLog): ({ id: string } & ReadingRecord) | null {
  let best: ({ id: string } & ReadingRecord) | null = null;
  for (const [id, record] of Object.entries(log)) {
    if (statusOf(log, id) === 'in-progress' && (!best || record.at > best.at)) best = { id, ...record };
  }
  return best;
}

/** The attribute the front page's early script sets on <html> when `continueReading` will offer an article. */
export const RESUME_ATTRIBUTE = 'data-resume';

/**
 * A classic script for the front page's <head>: before the first paint, it marks <html> when
 * the stored log holds a well-formed record in progress, the same test as `parseLog` and
 * `continueReading`. The page keeps the "continue reading" card's place from then on, so the
 * list does not move down when the app, which alone reads the log, fills it in.
 */
export function resumeBootScript(): string {
  return `(function(){try{var l=JSON.parse(localStorage.getItem(${JSON.stringify(READING_LOG_KEY)})),k,r;if(Array.isArray(l))return;for(k in l){r=l[k];if(r&&typeof r.title=="string"&&typeof r.at=="number"&&r.read===false&&typeof r.position=="number"&&r.position>=${BEGUN}&&r.position<=1){document.documentElement.setAttribute(${JSON.stringify(RESUME_ATTRIBUTE)},"");return}}}catch(e){}})();`;
}
