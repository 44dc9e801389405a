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
 * then with snippets once the articles' texts have arrived. The previous results stay on screen
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
      // All passages in one render: one update of the list rather than one per article.
      const texts = await Promise.all(entries.map((entry) => deps.textOf(entry.id).catch(() => null)));
      if (!live) return;
      setState((current) => {
        if (current.status !== 'ready') return current;
        const items = current.items.map((item, i) => {
          const text = texts[i];
          return item.entry === entries[i] && text != null ? { entry: item.entry, snippet: snippet(text, terms) } : item;
        });
        return { ...current, items };
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
