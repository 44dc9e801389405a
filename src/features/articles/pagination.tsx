import { Link } from '../../components/link.tsx';
import { useTranslator } from '../../components/use-translator.ts';

interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

const linkClass = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-edge px-3 no-underline hover:border-accent sm:px-4';

/** Links between pages of the list; the page is in the URL, so back and reload keep the place. */
export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  const t = useTranslator();
  if (pageCount <= 1) return null;
  // On a phone the arrows alone (their names are in aria-label), so the row fits one line.
  const step = (to: number, arrow: string, word: string, rel?: string, aria?: string) => {
    const icon = <span aria-hidden="true">{arrow}</span>;
    const text = <span className="max-sm:sr-only">{word}</span>;
    // Arrows point the way: « Newest, ‹ Newer, Older ›, Oldest ». In a right-to-left page the
    // row runs from the right, and the browser mirrors these glyphs (Unicode's Bidi_Mirrored),
    // so they still point outwards.
    const label =
      arrow === '«' || arrow === '‹' ? (
        <>
          {icon}
          {text}
        </>
      ) : (
        <>
          {text}
          {icon}
        </>
      );
    return to >= 1 && to <= pageCount && to !== page ? (
      <Link to={hrefFor(to)} rel={rel} aria-label={aria} className={`${linkClass} gap-1`}>
        {label}
      </Link>
    ) : (
      <span aria-hidden="true" className={`${linkClass} gap-1 border-dashed text-muted`}>
        {label}
      </span>
    );
  };
  return (
    <nav aria-label={t.text('pages.label')} className="mt-8 flex flex-wrap items-center justify-center gap-1.5 text-sm sm:gap-2">
      {step(1, '«', t.text('pages.newest'), undefined, t.text('pages.newestPage'))}
      {step(page - 1, '‹', t.text('pages.newer'), 'prev', t.text('pages.newerPage'))}
      <span className="px-2 text-center text-muted sm:px-3" aria-current="page">
        {t.text('pages.current', { page, count: pageCount })}
      </span>
      {step(page + 1, '›', t.text('pages.older'), 'next', t.text('pages.olderPage'))}
      {step(pageCount, '»', t.text('pages.oldest'), undefined, t.text('pages.oldestPage'))}
    </nav>
  );
}
