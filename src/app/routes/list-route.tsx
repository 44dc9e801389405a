import { useLayoutEffect } from 'react';
import { redirect, useLoaderData, type LoaderFunctionArgs, type Params } from 'react-router';
import { filterRange, type ListEntry, type ListFilter } from '../../content/archive/model.ts';
import { GROUP_KINDS, pageCount, type GroupKind } from '../../content/contracts.ts';
import { ArchiveFilter } from '../../features/articles/archive-filter.tsx';
import { ArticleList } from '../../features/articles/article-list.tsx';
import { MonthIndex } from '../../features/articles/month-index.tsx';
import { Pagination } from '../../features/articles/pagination.tsx';
import { useTranslator } from '../../components/use-translator.ts';
import { dataOf, manifest, reloadIfRedeployed, site, type ArchiveData } from '../archive.ts';
import { listHead, listTitle, notFoundHead } from '../../content/publishing/page-head.ts';
import { articlePath, listPath } from '../paths.ts';
import { headHandle } from '../route-head.ts';
import { readingLog, useReadingLog } from '../reading-log.ts';
import { continueReading, RESUME_ATTRIBUTE, statusOf } from '../../content/reader/reading-log.ts';
import { NotFoundRoute } from './not-found-route.tsx';

/** A page of the list, a year's months, or not found (an empty year or month, a page past the end). */
export type ListData =
  | { found: false }
  | { found: true; entries: ListEntry[]; filter: ListFilter; page: number; pageCount: number; total: number }
  | { found: true; months: [string, number][]; filter: ListFilter; page: 1; total: number };

/** Loads one page of the list, narrowed by `/archive/<year>/<month>`, `/tags/<tag>`, `/authors/<author>` or `/sections/<section>`, and paged by `/page/<n>`. */
export async function listLoader({ params, request, context }: LoaderFunctionArgs): Promise<ListData> {
  const page = params.page === undefined ? 1 : Number(params.page);
  if (!Number.isInteger(page) || page < 1) return { found: false };
  const kind = GROUP_KINDS.find((k) => params[k] !== undefined);
  if (kind === undefined && params.year !== undefined && params.month === undefined) return yearIndex(params.year, page);
  const archive = dataOf(context);
  const data = kind === undefined ? await archivePage(archive, params, page) : await groupPage(archive, kind, params[kind]!, page);
  if (data.missing) await reloadIfRedeployed(request.url);
  return data.found ? { found: true, entries: data.entries, filter: data.filter, page, pageCount: data.pageCount, total: data.total } : { found: false };
}

/** A page's data, and whether a data file it needs was missing (the site may have been redeployed). */
type PageData =
  { found: false; missing?: boolean } | { found: true; missing: boolean; entries: ListEntry[]; filter: ListFilter; pageCount: number; total: number };

const pageCountOf = (total: number) => pageCount(total, manifest.pageSize);

/** A page of the whole list or of a year or month: a run of the newest-first list. */
async function archivePage(archive: ArchiveData, params: Params, page: number): Promise<PageData> {
  const filter: ListFilter = {};
  if (params.year !== undefined) filter.year = params.year;
  if (params.month !== undefined) filter.month = params.month;
  const valid = (!filter.year || /^\d{4}$/.test(filter.year)) && (!filter.month || /^\d{2}$/.test(filter.month));
  const range = valid ? filterRange(manifest, filter) : null;
  if (!range || page > pageCountOf(range.count)) return { found: false };
  const start = range.start + (page - 1) * manifest.pageSize;
  const count = Math.min(manifest.pageSize, range.start + range.count - start);
  const entries = await archive.loadEntries(start, count);
  return { found: true, missing: entries.length < count, entries, filter, pageCount: pageCountOf(range.count), total: range.count };
}

/**
 * A year is the index of its months, each with its count: its articles are in the month
 * pages and the whole list already, so a year lists none of them a third time. The pages a
 * year once had (`/archive/<year>/page/<n>`) lead to the year.
 */
function yearIndex(year: string, page: number): ListData {
  if (!/^\d{4}$/.test(year)) return { found: false };
  const months = manifest.months.filter(([month]) => month.startsWith(`${year}-`));
  if (months.length === 0) return { found: false };
  if (page > 1) throw redirect(listPath({ year }));
  return { found: true, months, filter: { year }, page: 1, total: months.reduce((sum, [, count]) => sum + count, 0) };
}

/** A page of a tag's, an author's or a section's articles, which are scattered through the list. */
async function groupPage(archive: ArchiveData, kind: GroupKind, slug: string, page: number): Promise<PageData> {
  const label = manifest.groups[kind].find(([known]) => known === slug)?.[1];
  if (label === undefined) return { found: false };
  const docs = await archive.loadGroupDocs(kind, slug);
  if (!docs) return { found: false, missing: true };
  if (page > pageCountOf(docs.length)) return { found: false };
  const loaded = await archive.loadEntriesOf(docs.slice((page - 1) * manifest.pageSize, page * manifest.pageSize));
  const entries = loaded.filter(Boolean);
  return {
    found: true,
    missing: entries.length < loaded.length,
    entries,
    filter: { group: { kind, slug, label } },
    pageCount: pageCountOf(docs.length),
    total: docs.length,
  };
}

/** A list page's head: its title and how many articles it holds; not found for a page past the end. */
export const listRouteHandle = headHandle<ListData | undefined>(({ data, t }) =>
  data === undefined ? null : data.found ? listHead(data.filter, data.page, data.total, site.description, t) : notFoundHead(t),
);

/** `/`, `/page/<n>`, `/archive/<year>`, `/archive/<year>/<month>[/page/<n>]`: a page of the list, or a year's months. */
export function ListRoute() {
  const data = useLoaderData<ListData>();
  const log = useReadingLog();
  const translator = useTranslator();
  // The front page's early script kept a place for a card the log does not offer (the article
  // since read to its end, or a record the app does not accept): it goes before the next
  // paint. The log is read as it is, not as hydration sees it (empty), or the place would go
  // just before the card fills it.
  useLayoutEffect(() => {
    if (continueReading(readingLog()) === null) document.documentElement.removeAttribute(RESUME_ATTRIBUTE);
  }, [log]);
  if (!data.found) return <NotFoundRoute />;
  const filterChoice = <ArchiveFilter months={manifest.months} groups={manifest.groups} filter={data.filter} hrefFor={(f) => listPath(f)} />;
  if ('months' in data) {
    return (
      <MonthIndex
        months={data.months}
        total={data.total}
        heading={listTitle(data.filter, 1, translator)}
        hrefFor={(month) => listPath({ year: month.slice(0, 4), month: month.slice(5) })}
        filter={filterChoice}
      />
    );
  }
  const { entries, filter, page, pageCount, total } = data;
  return (
    <ArticleList
      entries={entries}
      total={total}
      heading={listTitle(filter, page, translator) || translator.text('list.latest')}
      inArchive={!filter.year && !filter.group}
      hrefFor={articlePath}
      filter={filterChoice}
      pagination={<Pagination page={page} pageCount={pageCount} hrefFor={(p) => listPath(filter, p)} />}
      statusOf={(id) => statusOf(log, id)}
      resume={page === 1 && !filter.year && !filter.group ? continueReading(log) : undefined}
    />
  );
}
