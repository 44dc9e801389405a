import { useDeferredValue, useEffect } from 'react';
import { useLocation, useMatches, useSearchParams } from 'react-router';
import { useTranslator } from '../components/use-translator.ts';
import { documentTitle } from '../content/publishing/page-head.ts';
import { useTypedQuery } from '../features/search/typed-query.ts';
import { site } from './archive.ts';
import { routeHead } from './route-head.ts';

/**
 * Keeps the document's title that of the page shown, from its route's head (route-head.ts).
 * Drawn apart from the layout, so a keystroke's new title re-renders nothing else.
 */
export function DocumentTitle() {
  const matches = useMatches();
  const [params] = useSearchParams();
  const { key } = useLocation();
  const typed = useTypedQuery(key);
  const query = useDeferredValue((typed ?? params.get('q') ?? '').trim());
  const title = routeHead(matches, query, useTranslator())?.title;
  useEffect(() => {
    if (title !== undefined) document.title = documentTitle(title, site.title);
  }, [title]);
  return null;
}
