import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { createSearchClient } from '../../features/search/search-client.ts';
import { SearchResults } from '../../features/search/search-results.tsx';
import { useSearch, type SearchDeps } from '../../features/search/use-search.ts';
import { loadArticle, loadEntriesOf, manifest, searchSource } from '../archive.ts';
import { articlePath } from '../paths.ts';
import { useTitle } from '../use-title.ts';

const RESULTS_PER_PAGE = 10;

const deps: SearchDeps = {
  client: createSearchClient(() => ({
    vocabularyUrl: searchSource.vocabularyUrl(),
    shardUrls: Array.from({ length: manifest.searchShards }, (_, i) => searchSource.shardUrl(i)),
  })),
  entriesOf: loadEntriesOf,
  textOf: async (id) => {
    const file = await loadArticle(id);
    return file && file.article.blocks.map((block) => block.text).join(' ');
  },
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
