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
 * then with snippets as each article's text arrives. The previous results stay on screen
 * while the next query runs, so typing never flashes an empty page.
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
      setState({ status: 'ready', query, total: result.total, terms: result.terms, items: entries.map((entry) => ({ entry })) });
      entries.forEach((entry, i) => {
        deps.textOf(entry.id).then((text) => {
          if (!live || text === null) return;
          setState((current) => {
            if (current.status !== 'ready' || current.items[i]?.entry !== entry) return current;
            const items = [...current.items];
            items[i] = { entry, snippet: snippet(text, terms) };
            return { ...current, items };
          });
        }, () => undefined);
      });
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
