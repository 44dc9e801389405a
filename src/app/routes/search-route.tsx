import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { memoizeAsync } from '../../content/memo.ts';
import { SearchResults } from '../../features/search/search-results.tsx';
import { useSearch, type SearchDeps } from '../../features/search/use-search.ts';
import { loadArticle, loadEntriesOf } from '../archive.ts';
import { articlePath } from '../paths.ts';
import { searchClient } from '../search.ts';
import { useTitle } from '../use-title.ts';

const RESULTS_PER_PAGE = 10;

const deps: SearchDeps = {
  client: searchClient,
  entriesOf: loadEntriesOf,
  // Kept once loaded: the same results come back keystroke after keystroke.
  textOf: memoizeAsync(async (id: string) => {
    const file = await loadArticle(id);
    return file && file.article.blocks.map((block) => block.text).join(' ');
  }),
};

/** `/search?q=…`: results for the query in the URL. */
export function SearchRoute() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const [shown, setShown] = useState({ query, limit: RESULTS_PER_PAGE });
  // A new query starts again from the first results.
  const limit = shown.query === query ? shown.limit : RESULTS_PER_PAGE;
  const state = useSearch(query, limit, deps);
  useTitle(query ? `“${query}” — search` : 'Search');
  return <SearchResults query={query} state={state} hrefFor={articlePath} onShowMore={() => setShown({ query, limit: limit + RESULTS_PER_PAGE })} />;
}
