// The messages between the page (search-client.ts) and the search worker (search-worker.ts),
// which runs the search session (search-session.ts) off the main thread.
import type { Found, Passages, SearchSource } from './search-session.ts';

/** Messages between the page and the search worker. */
export type WorkerRequest =
  | { type: 'open'; source: SearchSource }
  // `passages`: how many of the first results' passages to read at once (the rest when asked for: `more`).
  | { type: 'search'; id: number; query: string; limit: number; exact: boolean; passages: number }
  // A query the page answered itself (search-client.ts): the worker fetches what the engine reads of it, for the next key.
  | { type: 'prefetch'; id: number; query: string }
  // Every passage of the answer to query `id`, if it is still the latest.
  | { type: 'more'; id: number };
export type WorkerResponse =
  { id: number; found: Found } | { id: number; passages: Passages } | { id: number; allPassages: Passages } | { id: number; error: string };
