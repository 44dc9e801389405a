import { useNavigate } from 'react-router';
import type { ListFilter } from '../../content/archive.ts';
import { formatCount } from '../../content/format-number.ts';

interface ArchiveFilterProps {
  /** `[YYYY-MM, count]`, newest first. */
  months: readonly [string, number][];
  /** `[slug, label, count]`, in the order to offer them. */
  tags: readonly [string, string, number][];
  filter: ListFilter;
  hrefFor: (filter: ListFilter) => string;
}

const selectClass =
  'min-h-11 rounded-full border border-rule bg-field px-3 text-sm text-ink';

/** Narrows the list to a year, then a month, or to a tag; each choice is a URL of its own. */
export function ArchiveFilter({ months, tags, filter, hrefFor }: ArchiveFilterProps) {
  const navigate = useNavigate();
  const years = new Map<string, number>();
  for (const [month, count] of months) years.set(month.slice(0, 4), (years.get(month.slice(0, 4)) ?? 0) + count);
  const monthsOfYear = filter.year ? months.filter(([month]) => month.startsWith(`${filter.year}-`)) : [];
  const monthName = (month: string) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  return (
    <form aria-label="Narrow the list" className="flex flex-wrap gap-2" onSubmit={(event) => event.preventDefault()}>
      <label className="sr-only" htmlFor="filter-year">
        Year
      </label>
      <select id="filter-year" className={selectClass} value={filter.year ?? ''} onChange={(event) => navigate(hrefFor(event.target.value ? { year: event.target.value } : {}))}>
        <option value="">All years</option>
        {[...years].map(([year, count]) => (
          <option key={year} value={year}>
            {year} ({formatCount(count)})
          </option>
        ))}
      </select>
      {filter.year && (
        <>
          <label className="sr-only" htmlFor="filter-month">
            Month
          </label>
          <select
            id="filter-month"
            className={selectClass}
            value={filter.month ?? ''}
            onChange={(event) => navigate(hrefFor({ year: filter.year, ...(event.target.value ? { month: event.target.value } : {}) }))}
          >
            <option value="">All months</option>
            {monthsOfYear.map(([month, count]) => (
              <option key={month} value={month.slice(5)}>
                {monthName(month)} ({formatCount(count)})
              </option>
            ))}
          </select>
        </>
      )}
      {tags.length > 0 && (
        <>
          <label className="sr-only" htmlFor="filter-tag">
            Tag
          </label>
          <select
            id="filter-tag"
            className={selectClass}
            value={filter.tag?.slug ?? ''}
            onChange={(event) => {
              const tag = tags.find(([slug]) => slug === event.target.value);
              navigate(hrefFor(tag ? { tag: { slug: tag[0], label: tag[1] } } : {}));
            }}
          >
            <option value="">All tags</option>
            {tags.map(([slug, label, count]) => (
              <option key={slug} value={slug}>
                {label} ({formatCount(count)})
              </option>
            ))}
          </select>
        </>
      )}
    </form>
  );
}
