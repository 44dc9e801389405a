import type { ReactNode } from 'react';
import { Link } from '../../components/link.tsx';
import { ArticleMeta } from '../../components/article-meta.tsx';
import type { ListEntry } from '../../content/archive/model.ts';
import { PAGE_IDS } from '../../content/contracts.ts';
import { Thumbnail } from '../../components/thumbnail.tsx';
import type { ReadingStatus } from '../../content/reader/reading-log.ts';
import { arrowKeys, moveFocus, NAV_ITEM } from '../../components/page-focus.ts';
import { useShortcut } from '../../components/use-shortcut.ts';
import { useTranslator } from '../../components/use-translator.ts';

interface ArticleListProps {
  entries: readonly ListEntry[];
  /** Articles in the whole (filtered) list, across pages. */
  total: number;
  heading: string;
  /** Whether the list is the whole archive (not a year, month or tag). */
  inArchive?: boolean;
  hrefFor: (id: string) => string;
  filter?: ReactNode;
  pagination?: ReactNode;
  /** How far the reader got in each article (on this device). */
  statusOf?: (id: string) => ReadingStatus;
  /** The article the reader left part-way through, offered first; null when there is none, and left out on pages that offer none. */
  resume?: { id: string; title: string; position: number } | null;
}

/** A page of the archive, newest first, each entry a link to its reader. */
export function ArticleList({ entries, total, heading, inArchive = false, hrefFor, filter, pagination, statusOf = () => 'unread', resume }: ArticleListProps) {
  const t = useTranslator();
  if (total === 0) {
    return (
      <section className="py-16 text-center">
        <h1 className="font-serif text-3xl font-bold">{t.text('list.emptyTitle')}</h1>
        <p className="mt-3 text-muted">{t.text('list.emptyText')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="list-heading">
      <ListHeader heading={heading} count={t.plural(inArchive ? 'list.countInArchive' : 'list.count', total)} filter={filter} />
      {/* The card's place, which the front page keeps from its first paint when the early script
          finds an article in progress (styles.css), so that the list never moves down under the reader. */}
      {resume !== undefined && (
        <div className="resume-slot">
          {resume && (
            <Link
              to={hrefFor(resume.id)}
              className="resume-card flex items-center gap-4 rounded-xl border border-edge bg-field p-4 text-inherit no-underline hover:border-accent"
            >
              <span className="min-w-0 flex-1">
                <span className="kicker">{t.text('list.continue')}</span>
                <span dir="auto" className="mt-1 line-clamp-2 font-serif text-lg leading-snug font-semibold">
                  {resume.title}
                </span>
              </span>
              <span className="shrink-0 text-sm text-muted">{t.text('list.percentRead', { percent: Math.round(resume.position * 100) })}</span>
            </Link>
          )}
        </div>
      )}
      <EntryList>
        {entries.map((entry) => (
          <li key={entry.id}>
            <Link to={hrefFor(entry.id)} {...NAV_ITEM} className="group entry-link">
              {/* Title and excerpt share one measure, so a right-to-left entry's lines share one right edge. */}
              <div className="max-w-2xl">
                {entry.thumb && <Thumbnail hash={entry.thumb} />}
                <h2 dir="auto" className="entry-title">
                  {entry.title}
                </h2>
                <ArticleMeta date={entry.date} readingMinutes={entry.readingMinutes} className="entry-meta">
                  <ReadingBadge status={statusOf(entry.id)} />
                </ArticleMeta>
                {/* Two lines on a phone, so a screen shows several entries. */}
                {/* An article whose only text is its title has no excerpt to show. */}
                {entry.excerpt && (
                  <p dir="auto" className="entry-summary">
                    {entry.excerpt}
                  </p>
                )}
              </div>
            </Link>
          </li>
        ))}
      </EntryList>
      {pagination}
    </section>
  );
}

/** The ruled list of a list page's rows, which j and k and the arrow keys move through. */
export function EntryList({ children }: { children: ReactNode }) {
  useShortcut('next', () => moveFocus(1));
  useShortcut('previous', () => moveFocus(-1));
  return (
    <ol id={PAGE_IDS.listEntries} onKeyDown={(event) => arrowKeys(event)} className="mt-3 divide-y divide-rule border-y border-rule sm:mt-6">
      {children}
    </ol>
  );
}

/** A list's heading, how many articles it holds, and the narrowing beside them; its heading names the section (`list-heading`). */
export function ListHeader({ heading, count, filter }: { heading: string; count: string; filter?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
      <div>
        <h1 id="list-heading" className="font-serif text-2xl font-bold tracking-tight sm:text-4xl">
          {heading}
        </h1>
        <p className="mt-1 text-sm text-muted">{count}</p>
      </div>
      {filter}
    </div>
  );
}

function ReadingBadge({ status }: { status: ReadingStatus }) {
  const t = useTranslator();
  if (status === 'unread') return null;
  return (
    <>
      <span aria-hidden="true"> · </span>
      <span className={status === 'read' ? 'text-muted' : 'font-semibold text-accent'}>{t.text(status === 'read' ? 'list.read' : 'list.inProgress')}</span>
    </>
  );
}
