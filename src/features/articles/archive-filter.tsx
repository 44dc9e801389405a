import { useNavigate } from 'react-router';
import type { ListFilter } from '../../content/archive/model.ts';
import type { GroupKind } from '../../content/contracts.ts';
import type { TextKey } from '../../content/publishing/translator.ts';
import { useTranslator } from '../../components/use-translator.ts';

interface ArchiveFilterProps {
  /** `[YYYY-MM, count]`, newest first. */
  months: readonly [string, number][];
  /** `[slug, label, count]` of each tag, author and section, in the order to offer them. */
  groups: Readonly<Record<GroupKind, readonly [string, string, number][]>>;
  filter: ListFilter;
  hrefFor: (filter: ListFilter) => string;
}

// The browser's own arrow sits against a pill's curve: the select draws none, and a chevron
// of its own stands clear of the edge, at the end (the left in a right-to-left page).
const selectClass = 'min-h-11 appearance-none rounded-full border border-edge bg-field ps-4 pe-9 text-sm text-ink';

// The groups offered, in this order, with the words of their choice.
const GROUP_CHOICES: [GroupKind, TextKey, TextKey][] = [
  ['section', 'filter.section', 'filter.allSections'],
  ['author', 'filter.author', 'filter.allAuthors'],
  ['tag', 'filter.tag', 'filter.allTags'],
];

/** Narrows the list to a year, then a month, or to a section, an author or a tag; each choice is a URL of its own. */
export function ArchiveFilter({ months, groups, filter, hrefFor }: ArchiveFilterProps) {
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
      {GROUP_CHOICES.filter(([kind]) => groups[kind].length > 0).map(([kind, label, all]) => (
        <FilterSelect
          key={kind}
          id={`filter-${kind}`}
          label={t.text(label)}
          all={t.text(all)}
          value={filter.group?.kind === kind ? filter.group.slug : ''}
          options={groups[kind].map(([slug, name, count]) => [slug, option(name, count)])}
          onChange={(slug) => {
            const group = groups[kind].find(([known]) => known === slug);
            navigate(hrefFor(group ? { group: { kind, slug: group[0], label: group[1] } } : {}));
          }}
        />
      ))}
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
      <span className="relative inline-flex">
        <select id={id} className={selectClass} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{all}</option>
          {options.map(([option, text]) => (
            <option key={option} value={option}>
              {text}
            </option>
          ))}
        </select>
        <svg
          aria-hidden="true"
          viewBox="0 0 12 8"
          className="pointer-events-none absolute end-4 top-1/2 h-2 w-3 -translate-y-1/2 text-muted"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M1 1.5 6 6.5 11 1.5" />
        </svg>
      </span>
    </>
  );
}
