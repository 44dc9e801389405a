import { Link } from 'react-router';
import { formatCount } from '../../content/format-number.ts';

interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

const linkClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-rule px-4 no-underline hover:border-accent';

/** Links between pages of the list; the page is in the URL, so back and reload keep the place. */
export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  const step = (to: number, label: string, rel?: string, aria?: string) =>
    to >= 1 && to <= pageCount && to !== page ? (
      <Link to={hrefFor(to)} rel={rel} aria-label={aria} className={linkClass}>
        {label}
      </Link>
    ) : (
      <span aria-hidden="true" className={`${linkClass} border-dashed text-muted`}>
        {label}
      </span>
    );
  return (
    <nav aria-label="Pages" className="mt-8 flex flex-wrap items-center justify-center gap-2 text-sm">
      {step(1, '« Newest', undefined, 'Newest page')}
      {step(page - 1, '‹ Newer', 'prev', 'Newer page')}
      <span className="px-3 text-muted" aria-current="page">
        Page {formatCount(page)} of {formatCount(pageCount)}
      </span>
      {step(page + 1, 'Older ›', 'next', 'Older page')}
      {step(pageCount, 'Oldest »', undefined, 'Oldest page')}
    </nav>
  );
}
