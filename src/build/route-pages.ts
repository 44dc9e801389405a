/** The HTML files a static host needs so that every route of the app opens directly. */
export function routePages(articleIds: readonly string[]): string[] {
  return ['404.html', 'search/index.html', ...articleIds.map((id) => `articles/${id}/index.html`)];
}
