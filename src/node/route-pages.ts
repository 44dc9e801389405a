import type { ArchiveManifest } from '../content/archive/model.ts';
import {
  articleRoute,
  GROUP_KINDS,
  listRoute,
  NOT_FOUND_FILE,
  pageCount,
  routeFile,
  SEARCH_ROUTE,
  type ListRouteFilter,
  type PageFormat,
} from '../content/contracts.ts';
import { flatString } from './heap.ts';

/** A page to prerender: the route's path (relative to the base) and the file a static host serves it from. */
export interface RoutePage {
  path: string;
  file: string;
}

/**
 * Every page of the site, each written to its own HTML file so that a static host with no
 * rewrite rules opens it directly: the list and each of its pages, every year (one page, the
 * index of its months), every month and tag with its pages, each article, search, and
 * 404.html (which hosts such as GitHub Pages and Netlify serve for any unknown path).
 */
export function routePages(
  articleIds: readonly string[],
  manifest: Pick<ArchiveManifest, 'count' | 'months' | 'pageSize' | 'groups'>,
  format: PageFormat = 'directory',
): RoutePage[] {
  // Both held for every page through the whole prerender.
  const route = (path: string) => ({ path: flatString(path), file: flatString(routeFile(path, format)) });
  const pages: RoutePage[] = [
    route(''),
    { path: NOT_FOUND_FILE.replace(/\.html$/, ''), file: NOT_FOUND_FILE },
    route(SEARCH_ROUTE),
    ...articleIds.map((id) => route(articleRoute(id))),
  ];
  const paged = (filter: ListRouteFilter, count: number) => {
    if (Object.keys(filter).length > 0) pages.push(route(listRoute(filter)));
    for (let page = 2; page <= pageCount(count, manifest.pageSize); page++) pages.push(route(listRoute(filter, page)));
  };
  paged({}, manifest.count);
  const years = [...new Set(manifest.months.map(([month]) => month.slice(0, 4)))];
  // A year is one page, the index of its months (see the list route).
  for (const year of years) pages.push(route(listRoute({ year })));
  for (const [month, count] of manifest.months) paged({ year: month.slice(0, 4), month: month.slice(5) }, count);
  for (const kind of GROUP_KINDS) for (const [slug, , count] of manifest.groups[kind]) paged({ [kind]: slug }, count);
  return pages;
}
