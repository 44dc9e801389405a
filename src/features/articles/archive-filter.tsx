import { useNavigate } from 'react-router';
import type { ListFilter } from '../../content/archive.ts';
import { useTranslator } from '../../components/use-translator.ts';

interface ArchiveFilterProps {
  /** `[YYYY-MM, count]`, newest first. */
  months: readonly [string, number][];
  /** `[slug, label, count]`, in the order to offer them. */
  tags: readonly [string, string, number][];
  filter: ListFilter;
  hrefFor: (filter: ListFilter) => string;
}

const selectClass = 'min-h-11 rounded-full border border-edge bg-field px-3 text-sm text-ink';

/** Narrows the list to a year, then a month, or to a tag; each choice is a URL of its own. */
export function ArchiveFilter({ months, tags, filter, hrefFor }: ArchiveFilterProps) {
  const navigate = useNavigate();
  const t = useTranslator();
  const option = (name: string, count: number) => t.text('filter.option', { name, count });
  const years = new Map<string, number>();
  for (const [month, count] of months) years.set(month.slice(0, 4), (years.get(month.slice(0, 4)) ?? 0) + count);
  const monthsOfYear = filter.year ? months.filter(([month]) => month.startsWith(`${filter.year}-`)) : [];
  const monthName = (month: string) => t.month(month.slice(0, 4), month.slice(5, 7), false);
  return (
    <form aria-label={t.text('filter.label')} className="flex flex-wrap gap-2" onSubmit={(event) => event.preventDefault()}>
      <FilterSelect
        id="filter-year"
        label={t.text('filter.year')}
        all={t.text('filter.allYears')}
        value={filter.year ?? ''}
        options={[...years].map(([year, count]) => [year, option(year, count)])}
        onChange={(year) => navigate(hrefFor(year ? { year } : {}))}
      />
      {filter.year && (
        <FilterSelect
          id="filter-month"
          label={t.text('filter.month')}
          all={t.text('filter.allMonths')}
          value={filter.month ?? ''}
          options={monthsOfYear.map(([month, count]) => [month.slice(5), option(monthName(month), count)])}
          onChange={(month) => navigate(hrefFor({ year: filter.year, ...(month ? { month } : {}) }))}
        />
      )}
      {tags.length > 0 && (
        <FilterSelect
          id="filter-tag"
          label={t.text('filter.tag')}
          all={t.text('filter.allTags')}
          value={filter.tag?.slug ?? ''}
          options={tags.map(([slug, label, count]) => [slug, option(label, count)])}
          onChange={(slug) => {
            const tag = tags.find(([known]) => known === slug);
            navigate(hrefFor(tag ? { tag: { slug: tag[0], label: tag[1] } } : {}));
          }}
        />
      )}
    </form>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  /** The first choice, which lifts this narrowing. */
  all: string;
  value: string;
  options: [value: string, text: string][];
  onChange: (value: string) => void;
}

function FilterSelect({ id, label, all, value, options, onChange }: FilterSelectProps) {
  return (
    <>
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <select id={id} className={selectClass} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </>
  );
}
