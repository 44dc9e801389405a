import { filterRange, type ArchiveManifest } from '../content/archive.ts';

/** A page to prerender: the route's path (relative to the base) and the file a static host serves it from. */
export interface RoutePage {
  path: string;
  file: string;
}

/**
 * Every page of the site, each written to its own HTML file so that a static host with no
 * rewrite rules opens it directly: the list and each of its pages, every year and month,
 * each tag, each article, search, and 404.html (which hosts such as GitHub Pages and Netlify serve
 * for any unknown path).
 */
export function routePages(articleIds: readonly string[], manifest: Pick<ArchiveManifest, 'count' | 'months' | 'pageSize' | 'tags'>): RoutePage[] {
  const pages: RoutePage[] = [
    { path: '', file: 'index.html' },
    { path: '404', file: '404.html' },
    { path: 'search', file: 'search/index.html' },
    ...articleIds.map((id) => ({ path: `articles/${id}`, file: `articles/${id}/index.html` })),
  ];
  const paged = (folder: string, count: number) => {
    if (folder) pages.push({ path: folder, file: `${folder}/index.html` });
    for (let page = 2; page <= Math.ceil(count / manifest.pageSize); page++) {
      const path = `${folder ? `${folder}/` : ''}page/${page}`;
      pages.push({ path, file: `${path}/index.html` });
    }
  };
  paged('', manifest.count);
  const years = [...new Set(manifest.months.map(([month]) => month.slice(0, 4)))];
  for (const year of years) paged(`archive/${year}`, filterRange(manifest, { year })!.count);
  for (const [month, count] of manifest.months) paged(`archive/${month.replace('-', '/')}`, count);
  for (const [slug, , count] of manifest.tags) paged(`tags/${slug}`, count);
  return pages;
}
