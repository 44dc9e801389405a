// Every link of the app is built here. Paths are relative to the router's basename,
// which is the build's base path, so they work at the root and under a sub-path.

/** The article list. */
export const listPath = '/';

/** The reader of one article. */
export function articlePath(id: string): string {
  return `/articles/${encodeURIComponent(id)}`;
}

/** Search results for a query (the search page itself when the query is empty). */
export function searchPath(query: string): string {
  return query ? `/search?${new URLSearchParams({ q: query })}` : '/search';
}
