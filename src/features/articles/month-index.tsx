import type { ReactNode } from 'react';
import { Link } from '../../components/link.tsx';
import { NAV_ITEM } from '../../components/page-focus.ts';
import { useTranslator } from '../../components/use-translator.ts';
import { EntryList, ListHeader } from './article-list.tsx';

interface MonthIndexProps {
  /** `[YYYY-MM, count]` of the year's months that hold articles, newest first. */
  months: readonly [string, number][];
  total: number;
  heading: string;
  /** A month's page, from its `YYYY-MM`. */
  hrefFor: (month: string) => string;
  filter?: ReactNode;
}

/** A year of the archive: its months, each a link to its articles with how many there are. */
export function MonthIndex({ months, total, heading, hrefFor, filter }: MonthIndexProps) {
  const t = useTranslator();
  return (
    <section aria-labelledby="list-heading">
      <ListHeader heading={heading} count={t.plural('list.count', total)} filter={filter} />
      <EntryList>
        {months.map(([month, count]) => (
          <li key={month}>
            <Link to={hrefFor(month)} {...NAV_ITEM} className="group entry-link">
              <h2 className="entry-title">{t.month(month.slice(0, 4), month.slice(5))}</h2>
              <p className="meta entry-meta">{t.plural('list.count', count)}</p>
            </Link>
          </li>
        ))}
      </EntryList>
    </section>
  );
}
