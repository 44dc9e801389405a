// Every link of the app is built here. Paths are relative to the router's basename,
// which is the build's base path, so they work at the root and under a sub-path.
import type { ListFilter } from '../content/archive/model.ts';
import { articleRoute, listRoute, SEARCH_ROUTE } from '../content/contracts.ts';

/** The article list, narrowed to a year or month or to a tag, an author or a section, at a page. */
export function listPath(filter: ListFilter = {}, page = 1): string {
  const { group, year, month } = filter;
  return `/${listRoute(group ? { [group.kind]: encodeURIComponent(group.slug) } : { year: year || undefined, month: (year && month) || undefined }, page)}`;
}

/**
 * The reader of one article; with `highlight` (the words a search matched) it opens at the
 * best passage with those words marked, with `match` at that match (counting from 1), and
 * with `searched` (the query as searched) naming the search in the match bar.
 */
export function articlePath(id: string, highlight: readonly string[] = [], { match, searched }: { match?: number; searched?: string } = {}): string {
  const path = `/${articleRoute(encodeURIComponent(id))}`;
  if (highlight.length === 0) return path;
  const params = new URLSearchParams({ hl: highlight.join(' ') });
  if (searched) params.set('q', searched);
  if (match !== undefined) params.set('m', String(match));
  return `${path}?${params}`;
}

/** Search results for a query (the search page itself when the query is empty); `exact` searches the words as typed, without corrections. */
export function searchPath(query: string, { exact = false } = {}): string {
  if (!query) return `/${SEARCH_ROUTE}`;
  return `/${SEARCH_ROUTE}?${new URLSearchParams({ q: query })}${exact ? '&exact' : ''}`;
}
