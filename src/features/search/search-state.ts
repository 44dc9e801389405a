// What the search page shows, as plain data: shared by the React view and by the drawing of
// a search page's first results before the app has loaded.
import type { Segment } from '../../content/search/snippet.ts';
import type { Translator } from '../../content/publishing/translator.ts';
import type { Found, FoundEntry, Passages } from './search-session.ts';

export interface SearchItem {
  entry: FoundEntry;
  /** The passage around the best match, once the article's text has arrived (until then its place is kept empty). */
  snippet?: Segment[];
}

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'failed'; query: string; message: string }
  | { status: 'ready'; query: string; total: number; terms: string[]; items: SearchItem[]; corrected: string | null };

/** A search whose results a page already shows (drawn before the app loaded, `state.query` asked for `limit` results), to be taken over as they stand. */
export interface DrawnSearch {
  limit: number;
  exact: boolean;
  state: SearchState & { status: 'ready' };
}

/** The state showing what `query` found, with passages where they have arrived. */
export function readyState(query: string, found: Found, passages: Passages | null): SearchState & { status: 'ready' } {
  const items = found.entries.map((entry, i) => {
    const snippet = passages?.[i];
    return snippet ? { entry, snippet } : { entry };
  });
  return { status: 'ready', query, total: found.total, terms: found.terms, items, corrected: found.corrected };
}

/** The result count of a ready search, as the page shows it under the heading, ending with the keyboard hint (`search.keysHint`) when there are results. */
export function resultCount(state: SearchState & { status: 'ready' }, t: Translator): string {
  return state.total === 0 ? t.text('search.none') : `${t.plural('search.count', state.total)} ${t.text('search.keysHint')}`;
}

/** The shown count of results: the count, its keyboard hint apart (shown only where there is a fine pointer, so not on touch screens). */
export function shownCount(said: string, t: Translator): [count: string, hint: string] {
  const hint = t.text('search.keysHint');
  return said.endsWith(hint) ? [said.slice(0, -hint.length), hint] : [said, ''];
}

/** What the live region says of a search's state: the correction, if the query was corrected, and the result count once there is one. */
export function announcement(query: string, state: SearchState, t: Translator): string {
  if (!query || state.status === 'idle') return '';
  if (state.status === 'failed') return t.text('search.unavailable');
  if (state.status === 'loading') return t.text('search.searching');
  return (state.corrected ? `${t.text('search.corrected', { query: state.corrected })} ` : '') + resultCount(state, t);
}
