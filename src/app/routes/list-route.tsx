import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { filterRange, type ListEntry, type ListFilter } from '../../content/archive.ts';
import { ArchiveFilter } from '../../features/articles/archive-filter.tsx';
import { ArticleList } from '../../features/articles/article-list.tsx';
import { Pagination } from '../../features/articles/pagination.tsx';
import { loadEntries, manifest, reloadIfRedeployed } from '../archive.ts';
import { listTitle } from '../../content/page-head.ts';
import { articlePath, listPath } from '../paths.ts';
import { useTitle } from '../use-title.ts';
import { useReadingLog } from '../reading-log.ts';
import { continueReading, statusOf } from '../../content/reading-log.ts';
import { NotFoundRoute } from './not-found-route.tsx';

/** A page of the list, or not found (an empty year or month, a page past the end). */
export type ListData = { found: false } | { found: true; entries: ListEntry[]; filter: ListFilter; page: number; pageCount: number; total: number };

/** Loads one page of the list, narrowed by `/archive/<year>/<month>` and paged by `/page/<n>`. */
export async function listLoader({ params, request }: LoaderFunctionArgs): Promise<ListData> {
  const filter: ListFilter = {};
  if (params.year !== undefined) filter.year = params.year;
  if (params.month !== undefined) filter.month = params.month;
  const page = params.page === undefined ? 1 : Number(params.page);
  const valid = (!filter.year || /^\d{4}$/.test(filter.year)) && (!filter.month || /^\d{2}$/.test(filter.month)) && Number.isInteger(page) && page >= 1;
  const range = valid ? filterRange(manifest, filter) : null;
  if (!range) return { found: false };
  const pageCount = Math.max(1, Math.ceil(range.count / manifest.pageSize));
  if (page > pageCount) return { found: false };
  const start = range.start + (page - 1) * manifest.pageSize;
  const count = Math.min(manifest.pageSize, range.start + range.count - start);
  const entries = await loadEntries(start, count);
  if (entries.length < count) await reloadIfRedeployed(request.url);
  return { found: true, entries, filter, page, pageCount, total: range.count };
}

/** `/`, `/page/<n>`, `/archive/<year>[/<month>][/page/<n>]`: a page of the list. */
export function ListRoute() {
  const data = useLoaderData<ListData>();
  const log = useReadingLog();
  useTitle(data.found ? listTitle(data.filter, data.page) : 'Not found');
  if (!data.found) return <NotFoundRoute />;
  const { entries, filter, page, pageCount, total } = data;
  return (
    <ArticleList
      entries={entries}
      total={total}
      heading={listTitle(filter, 1) || 'Latest articles'}
      hrefFor={articlePath}
      filter={<ArchiveFilter months={manifest.months} filter={filter} hrefFor={(f) => listPath(f)} />}
      pagination={<Pagination page={page} pageCount={pageCount} hrefFor={(p) => listPath(filter, p)} />}
      statusOf={(id) => statusOf(log, id)}
      resume={page === 1 && !filter.year ? continueReading(log) : null}
    />
  );
}

