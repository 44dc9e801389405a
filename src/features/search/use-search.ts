import { useEffect, useState } from 'react';
import type { ListEntry } from '../../content/archive.ts';
import { snippet, type Segment } from '../../content/snippet.ts';
import type { SearchClient } from './search-client.ts';

/** What the search page needs from the rest of the app. */
export interface SearchDeps {
  client: SearchClient;
  /** List entries (title, date, excerpt) of documents, by number. */
  entriesOf: (docs: readonly number[]) => Promise<ListEntry[]>;
  /** The full text of an article, for a snippet around the match. */
  textOf: (id: string) => Promise<string | null>;
}

export interface SearchItem {
  entry: ListEntry;
  /** The passage around the best match, once the article's text has arrived. */
  snippet?: Segment[];
}

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'failed'; query: string; message: string }
  | { status: 'ready'; query: string; total: number; terms: string[]; items: SearchItem[] };

/**
 * Results for a query: ranked in the search worker, then shown with their titles and dates,
 * and with passages around the matches once the articles' texts are at hand. The previous
 * results stay on screen while the next query runs, so typing never flashes an empty page.
 */
export function useSearch(query: string, limit: number, deps: SearchDeps): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => {
    if (!query) return;
    let live = true;
    (async () => {
      const result = await deps.client.search(query, limit);
      if (!live || !result) return;
      const entries = await deps.entriesOf(result.hits.map((hit) => hit.doc));
      if (!live) return;
      const terms = new Set(result.terms);
      const withPassages = (texts: readonly (string | null)[] | null): SearchItem[] =>
        entries.map((entry, i) => {
          const text = texts?.[i];
          return text == null ? { entry } : { entry, snippet: snippet(text, terms) };
        });
      const texts = Promise.all(entries.map((entry) => deps.textOf(entry.id).catch(() => null)));
      // Texts already at hand (fetched ahead of the app, or read for an earlier keystroke)
      // come with the results in one render; the others follow in a second one.
      const atHand = await Promise.race([texts, new Promise<null>((resolve) => setTimeout(() => resolve(null), 0))]);
      if (!live) return;
      setState({ status: 'ready', query, total: result.total, terms: result.terms, items: withPassages(atHand) });
      if (atHand) return;
      const arrived = await texts;
      if (live) setState((current) => (current.status === 'ready' && current.query === query ? { ...current, items: withPassages(arrived) } : current));
    })().catch((error: unknown) => {
      if (live) setState({ status: 'failed', query, message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      live = false;
    };
  }, [query, limit, deps]);
  if (!query) return { status: 'idle' };
  return state.status === 'idle' ? { status: 'loading', query } : state;
}
