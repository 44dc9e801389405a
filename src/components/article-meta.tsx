import type { ReactNode } from 'react';
import { useTranslator } from './use-translator.ts';

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
  const t = useTranslator();
  return (
    <p className={`meta ${className}`}>
      <time dateTime={date}>{t.date(date)}</time>
      <span aria-hidden="true"> · </span>
      <span>{t.plural('meta.readingTime', readingMinutes)}</span>
      {children}
    </p>
  );
}
