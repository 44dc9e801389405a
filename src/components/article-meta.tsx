import type { ReactNode } from 'react';
import { useTranslator } from './use-translator.ts';

/** The date and reading time line shown with an article wherever it appears (the date alone where a list of related articles needs no more). */
export function ArticleMeta({
  date,
  readingMinutes,
  className = '',
  children,
}: {
  date: string;
  readingMinutes?: number;
  className?: string;
  children?: ReactNode;
}) {
  const t = useTranslator();
  return (
    <p className={className ? `meta ${className}` : 'meta'}>
      <time dateTime={date}>{t.date(date)}</time>
      {readingMinutes !== undefined && (
        <>
          <span aria-hidden="true"> · </span>
          <span>{t.plural('meta.readingTime', readingMinutes)}</span>
        </>
      )}
      {children}
    </p>
  );
}
