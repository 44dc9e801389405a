import { useDeferredValue, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { SearchResults } from '../../features/search/search-results.tsx';
import { useSearch } from '../../features/search/use-search.ts';
import { useTypedQuery } from '../../features/search/typed-query.ts';
import { articlePath, searchPath } from '../paths.ts';
import { manifest } from '../archive.ts';
import { searchHead } from '../../content/publishing/page-head.ts';
import { headHandle } from '../route-head.ts';
import { firstPassages, RESULTS_PER_PAGE } from '../search.ts';
import { useSession } from '../session.ts';

// Stable across renders, so the results list is not drawn again for a keystroke alone.
const resultHref = (id: string, matched: readonly string[], searched: string) => articlePath(id, matched, { searched });
const exactHref = (typed: string) => searchPath(typed, { exact: true });

/** The search page's head: its title follows the query being searched. */
export const searchRouteHandle = headHandle(({ query, t }) => searchHead(t, query));

/** `/search?q=…`: results for the query in the URL, or for what is being typed ahead of it. */
export function SearchRoute() {
  const [params] = useSearchParams();
  const { key } = useLocation();
  const typed = useTypedQuery(key);
  const { searchClient: client, earlyResults } = useSession();
  // What is typed is read synchronously (an external store); the page follows it in a
  // render that gives way to the next key, so a key never waits for the results' render.
  // The field asked the search as the key was typed (layout.tsx), not after this deferred
  // render and its effects (a frame or more later; several on a phone): this page asks the
  // same question, and shares the answer (search-client.ts).
  const query = useDeferredValue((typed ?? params.get('q') ?? '').trim());
  // "Search instead for …" asks for the words exactly as typed (typing anew asks afresh).
  const exact = typed === null && params.has('exact');
  const [shown, setShown] = useState({ query, limit: RESULTS_PER_PAGE });
  // A new query starts again from the first results.
  const limit = shown.query === query ? shown.limit : RESULTS_PER_PAGE;
  // Every result's passage once the reader nears those the search did not read at once.
  const [allPassagesOf, setAllPassagesOf] = useState<string | null>(null);
  const allPassages = allPassagesOf === query;
  const state = useSearch(query, limit, client, exact, earlyResults, allPassages);
  // The same object from key to key, so the results are not drawn again for a keystroke alone.
  const morePassages = useMemo(() => (allPassages ? undefined : { from: firstPassages(), ask: setAllPassagesOf }), [allPassages]);
  return (
    <SearchResults
      query={query}
      state={state}
      hrefFor={resultHref}
      exactHrefFor={exactHref}
      example={manifest.searchExample}
      onShowMore={() => setShown({ query, limit: limit + RESULTS_PER_PAGE })}
      morePassages={morePassages}
    />
  );
}
