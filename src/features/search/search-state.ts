// What the search page shows, as plain data: shared by the React view and by the drawing of
// a search page's first results before the app has loaded.
import { formatCount } from '../../content/format-number.ts';
import type { ResultEntry } from '../../content/search-docs.ts';
import type { Segment } from '../../content/snippet.ts';
import type { Found, Passages } from './search-session.ts';

export interface SearchItem {
  entry: ResultEntry;
  /** The passage around the best match, once the article's text has arrived (until then its place is kept empty). */
  snippet?: Segment[];
}

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'failed'; query: string; message: string }
  | { status: 'ready'; query: string; total: number; terms: string[]; items: SearchItem[]; corrected: string | null };

/** The state showing what `query` found, with passages where they have arrived. */
export function readyState(query: string, found: Found, passages: Passages | null): SearchState & { status: 'ready' } {
  const items = found.entries.map((entry, i) => {
    const snippet = passages?.[i];
    return snippet ? { entry, snippet } : { entry };
  });
  return { status: 'ready', query, total: found.total, terms: found.terms, items, corrected: found.corrected };
}

/** The keyboard hint the count of results ends with (shown only where there is a fine pointer, so not on touch screens). */
export const KEYS_HINT = 'Use ↑ and ↓ to move, Enter to open.';

/** The result count of a ready search, as the page shows it under the heading. */
export function resultCount(state: SearchState & { status: 'ready' }): string {
  return state.total === 0 ? 'No articles found.' : `${formatCount(state.total)} article${state.total === 1 ? '' : 's'} found. ${KEYS_HINT}`;
}

/** The shown count of results: the count, its keyboard hint apart. */
export function shownCount(said: string): [count: string, hint: string] {
  return said.endsWith(KEYS_HINT) ? [said.slice(0, -KEYS_HINT.length), KEYS_HINT] : [said, ''];
}

/** What the live region says of a search's state: the correction, if the query was corrected, and the result count once there is one. */
export function announcement(query: string, state: SearchState): string {
  if (!query || state.status === 'idle') return '';
  if (state.status === 'failed') return 'Search is unavailable.';
  if (state.status === 'loading') return 'Searching…';
  return (state.corrected ? `Showing results for ${state.corrected}. ` : '') + resultCount(state);
}
