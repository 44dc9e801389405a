import { filterRange, type ArchiveManifest } from '../content/archive.ts';

/**
 * The HTML files a static host needs so that every route of the app opens directly:
 * each article, each page of the list and of every year and month, search, and 404.html.
 */
export function routePages(articleIds: readonly string[], manifest: Pick<ArchiveManifest, 'count' | 'months' | 'pageSize'>): string[] {
  const pages = ['404.html', 'search/index.html', ...articleIds.map((id) => `articles/${id}/index.html`)];
  const paged = (folder: string, count: number) => {
    if (folder) pages.push(`${folder}/index.html`);
    for (let page = 2; page <= Math.ceil(count / manifest.pageSize); page++) pages.push(`${folder ? `${folder}/` : ''}page/${page}/index.html`);
  };
  paged('', manifest.count);
  const years = [...new Set(manifest.months.map(([month]) => month.slice(0, 4)))];
  for (const year of years) paged(`archive/${year}`, filterRange(manifest, { year })!.count);
  for (const [month, count] of manifest.months) paged(`archive/${month.replace('-', '/')}`, count);
  return pages;
}
