import type { ReactNode } from 'react';
import { Link } from '../../components/link.tsx';
import { arrowKeys, moveFocus, NAV_ITEM } from '../../components/page-focus.ts';
import { useShortcut } from '../../components/use-shortcut.ts';
import { useTranslator } from '../../components/use-translator.ts';
import { ListHeader } from './article-list.tsx';

interface MonthIndexProps {
  year: string;
  /** `[YYYY-MM, count]` of the year's months that hold articles, newest first. */
  months: readonly [string, number][];
  total: number;
  heading: string;
  /** A month's page, from its two digits. */
  hrefFor: (month: string) => string;
  filter?: ReactNode;
}

/** A year of the archive: its months, each a link to its articles with how many there are. */
export function MonthIndex({ year, months, total, heading, hrefFor, filter }: MonthIndexProps) {
  useShortcut('next', () => moveFocus(1));
  useShortcut('previous', () => moveFocus(-1));
  const t = useTranslator();
  return (
    <section aria-labelledby="list-heading">
      <ListHeader heading={heading} count={t.plural('list.count', total)} filter={filter} />
      <ol onKeyDown={(event) => arrowKeys(event)} className="mt-3 divide-y divide-rule border-y border-rule sm:mt-6">
        {months.map(([month, count]) => (
          <li key={month}>
            <Link to={hrefFor(month.slice(5))} {...NAV_ITEM} className="group entry-link">
              <h2 className="entry-title">{t.month(year, month.slice(5))}</h2>
              <p className="meta entry-meta">{t.plural('list.count', count)}</p>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
