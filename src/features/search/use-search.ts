import { useEffect, useMemo, useState } from 'react';
import type { SearchIndex } from '../../content/search-index.ts';
import { createSearcher, type SearchHit } from '../../content/search-query.ts';

type Searcher = ReturnType<typeof createSearcher>;
export type SearchState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; hits: SearchHit[] };

// The index is loaded and prepared once per page life, whichever component asks first.
const searchers = new WeakMap<() => Promise<SearchIndex>, Promise<Searcher>>();
function searcherFor(loadIndex: () => Promise<SearchIndex>): Promise<Searcher> {
  let searcher = searchers.get(loadIndex);
  if (!searcher) {
    searcher = loadIndex().then(createSearcher);
    searchers.set(loadIndex, searcher);
  }
  return searcher;
}

/** Results for a query, from the lazily loaded search index. */
export function useSearch(query: string, loadIndex: () => Promise<SearchIndex>): SearchState {
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    searcherFor(loadIndex).then(
      (s) => live && setSearcher(() => s),
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [loadIndex]);
  const hits = useMemo(() => (searcher ? searcher(query) : []), [searcher, query]);
  if (failure) return { status: 'failed', message: failure };
  if (!searcher) return { status: 'loading' };
  return { status: 'ready', hits };
}
