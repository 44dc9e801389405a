import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ArticleMeta } from '../../components/article-meta.tsx';
import type { ListEntry } from '../../content/archive.ts';
import { formatCount } from '../../content/format-number.ts';

interface ArticleListProps {
  entries: readonly ListEntry[];
  /** Articles in the whole (filtered) list, across pages. */
  total: number;
  heading: string;
  hrefFor: (id: string) => string;
  filter?: ReactNode;
  pagination?: ReactNode;
}

/** A page of the archive, newest first, each entry a link to its reader. */
export function ArticleList({ entries, total, heading, hrefFor, filter, pagination }: ArticleListProps) {
  if (total === 0) {
    return (
      <section className="py-16 text-center">
        <h1 className="font-serif text-3xl font-bold">No articles yet</h1>
        <p className="mt-3 text-muted dark:text-night-muted">Add plain-text seeds to the seeds/ folder and build again.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="list-heading">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="list-heading" className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
            {heading}
          </h1>
          <p className="mt-1 text-sm text-muted dark:text-night-muted">
            {formatCount(total)} article{total === 1 ? '' : 's'}
            {heading === 'Latest articles' ? ' in the archive' : ''}
          </p>
        </div>
        {filter}
      </div>
      <ol className="mt-6 divide-y divide-rule border-y border-rule dark:divide-night-rule dark:border-night-rule">
        {entries.map((entry) => (
          <li key={entry.id}>
            <Link to={hrefFor(entry.id)} className="group block py-5 text-inherit no-underline sm:py-6">
              <h2
                dir="auto"
                className="font-serif text-xl font-semibold leading-snug group-hover:text-accent group-hover:underline sm:text-2xl dark:group-hover:text-night-accent"
              >
                {entry.title}
              </h2>
              <ArticleMeta date={entry.date} readingMinutes={entry.readingMinutes} className="mt-1" />
              <p dir="auto" className="mt-2 max-w-prose leading-relaxed text-ink/85 dark:text-night-ink/85">
                {entry.excerpt}
              </p>
            </Link>
          </li>
        ))}
      </ol>
      {pagination}
    </section>
  );
}
