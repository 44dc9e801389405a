import type { ReactNode } from 'react';
import { formatDate } from '../content/format-date.ts';
import { useLocale } from './use-locale.ts';

/** The date and reading time line shown with an article wherever it appears. */
export function ArticleMeta({
  date,
  readingMinutes,
  className = '',
  children,
}: {
  date: string;
  readingMinutes: number;
  className?: string;
  children?: ReactNode;
}) {
  const locale = useLocale();
  return (
    <p className={`text-sm text-muted ${className}`}>
      <time dateTime={date}>{formatDate(date, locale)}</time>
      <span aria-hidden="true"> · </span>
      <span>{readingMinutes} min read</span>
      {children}
    </p>
  );
}
