import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { SearchResults } from '../../features/search/search-results.tsx';
import { useSearch } from '../../features/search/use-search.ts';
import { articlePath, searchPath } from '../paths.ts';
import { manifest } from '../archive.ts';
import { RESULTS_PER_PAGE, searchClient, searchTitle } from '../search.ts';
import { useTitle } from '../use-title.ts';

/** `/search?q=…`: results for the query in the URL. */
export function SearchRoute() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  // "Search instead for …" asks for the words exactly as typed.
  const exact = params.has('exact');
  const [shown, setShown] = useState({ query, limit: RESULTS_PER_PAGE });
  // A new query starts again from the first results.
  const limit = shown.query === query ? shown.limit : RESULTS_PER_PAGE;
  const state = useSearch(query, limit, searchClient, exact);
  useTitle(searchTitle(query));
  return (
    <SearchResults
      query={query}
      state={state}
      hrefFor={(id, matched, searched) => articlePath(id, matched, { searched })}
      exactHrefFor={(typed) => searchPath(typed, { exact: true })}
      example={manifest.searchExample}
      onShowMore={() => setShown({ query, limit: limit + RESULTS_PER_PAGE })}
    />
  );
}
