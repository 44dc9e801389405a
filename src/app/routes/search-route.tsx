import { useSearchParams } from 'react-router';
import { SearchResults } from '../../features/search/search-results.tsx';
import { useSearch } from '../../features/search/use-search.ts';
import { articles, loadSearchIndex } from '../articles.ts';
import { articlePath } from '../paths.ts';
import { useTitle } from '../use-title.ts';

/** `/search?q=…`: results for the query in the URL. */
export function SearchRoute() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const state = useSearch(query, loadSearchIndex);
  useTitle(query ? `“${query}” — search` : 'Search');
  return <SearchResults query={query} state={state} articles={articles} hrefFor={articlePath} />;
}
