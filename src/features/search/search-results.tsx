import { Thumbnail } from '../../components/thumbnail.tsx';
import { memo, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Link } from '../../components/link.tsx';
import { ArticleMeta } from '../../components/article-meta.tsx';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { arrowKeys, moveFocus, NAV_ITEM } from '../../components/page-focus.ts';
import { MessageParts } from '../../components/message-parts.tsx';
import { useShortcut } from '../../components/use-shortcut.ts';
import { useTranslator } from '../../components/use-translator.ts';
import { RESULT_CLASSES } from './results-markup.ts';
import { announcement, resultCount, shownCount, type SearchState } from './search-state.ts';

interface SearchResultsProps {
  query: string;
  state: SearchState;
  /** An article's address, opening at the passage the matched words mark, naming the search (`searched`) in its match bar. */
  hrefFor: (id: string, matched: readonly string[], searched: string) => string;
  /** The address of a search for exactly these words, without corrections. */
  exactHrefFor: (query: string) => string;
  /** A misspelling of one of the archive's words that search corrects, for the hint (none: no example). */
  example?: { typo: string; word: string } | null;
  onShowMore: () => void;
  /**
   * The results from the `from`th on have no passage until asked for (the search reads at
   * once those of the results a screen shows): `ask` is called with the query once one of
   * them comes near the screen.
   */
  morePassages?: { from: number; ask: (query: string) => void };
}

/**
 * The search page's body: empty, loading, no-result and result states, with arrow-key and
 * j/k movement through results. One live region, there from the start, announces each
 * state, so screen readers hear the count of the first results too.
 */
export function SearchResults(props: SearchResultsProps) {
  useShortcut('next', () => moveFocus(1));
  useShortcut('previous', () => moveFocus(-1));
  const t = useTranslator();
  return (
    <>
      <p role="status" className="sr-only">
        {announcement(props.query, props.state, t)}
      </p>
      <SearchBody {...props} />
    </>
  );
}

function SearchBody({ query, state, hrefFor, exactHrefFor, example, onShowMore, morePassages }: SearchResultsProps) {
  const t = useTranslator();
  if (!query || state.status === 'idle') {
    return (
      <Notice level={1} title={t.text('search.title')}>
        {/* Without JavaScript a submitted search lands here (a static page cannot read the
            query): say why nothing is found instead of inviting the reader to type again. */}
        <noscript>{t.text('search.noscript')}</noscript>
        <span className="noscript:hidden">
          {t.text('search.prompt')}{' '}
          {example ? (
            <MessageParts parts={t.parts('search.typosExample', { word: example.word })} slots={{ typo: <em>{example.typo}</em> }} />
          ) : (
            t.text('search.typos')
          )}
        </span>
      </Notice>
    );
  }
  if (state.status === 'failed') {
    return (
      <Notice level={1} title={t.text('search.failedTitle')}>
        {t.text('search.failedText', { message: state.message })}
      </Notice>
    );
  }
  if (state.status === 'loading')
    return (
      <p aria-hidden="true" className="text-muted">
        {announcement(query, state, t)}
      </p>
    );

  const { total, items } = state;
  return (
    <section aria-labelledby="search-heading" aria-busy={state.query !== query}>
      {state.corrected ? (
        <>
          <h1 id="search-heading" dir="auto" className={RESULT_CLASSES.heading}>
            <MessageParts parts={t.parts('search.showing')} slots={{ query: <em>{state.corrected}</em> }} />
          </h1>
          <p dir="auto" className={RESULT_CLASSES.instead}>
            <MessageParts
              parts={t.parts('search.instead')}
              slots={{
                query: (
                  <Link to={exactHrefFor(state.query)} className={RESULT_CLASSES.insteadLink}>
                    {state.query}
                  </Link>
                ),
              }}
            />
          </p>
        </>
      ) : (
        <h1 id="search-heading" dir="auto" className={RESULT_CLASSES.heading}>
          {t.text('search.resultsFor', { query })}
        </h1>
      )}
      {/* What the live region above says, shown; hidden from screen readers, which hear it there. */}
      <p aria-hidden="true" className={RESULT_CLASSES.count}>
        <ShownCount said={resultCount(state, t)} />
      </p>
      {total === 0 ? (
        <Notice title={t.text('search.nothingTitle')}>{t.text('search.nothingText')}</Notice>
      ) : (
        <>
          <ResultList state={state} hrefFor={hrefFor} morePassages={morePassages} />
          {total > items.length && (
            <button type="button" onClick={onShowMore} className={RESULT_CLASSES.more}>
              {t.text('search.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/**
 * The results themselves. Drawn again only for a new answer: a keystroke alone changes the
 * heading above them, and redrawing ten results for it would cost each key main-thread time.
 */
const ResultList = memo(function ResultList({
  state,
  hrefFor,
  morePassages,
}: {
  state: SearchState & { status: 'ready' };
  hrefFor: SearchResultsProps['hrefFor'];
  morePassages: SearchResultsProps['morePassages'];
}) {
  const list = useRef<HTMLOListElement>(null);
  useAskWhenNear(list, state, morePassages);
  return (
    <ol ref={list} onKeyDown={(event) => arrowKeys(event, true)} className={RESULT_CLASSES.list}>
      {state.items.map(({ entry, snippet }) => (
        <li key={entry.id}>
          <Link to={hrefFor(entry.id, state.terms, state.corrected ?? state.query)} {...NAV_ITEM} className={RESULT_CLASSES.link}>
            <div className={RESULT_CLASSES.body}>
              {entry.thumb && <Thumbnail hash={entry.thumb} />}
              <h2 dir="auto" className={RESULT_CLASSES.title}>
                <HighlightedText segments={entry.titleSegments} />
              </h2>
              <ArticleMeta date={entry.date} readingMinutes={entry.readingMinutes} className="mt-1" />
              {/* Three lines, empty until the article's text arrives and then the passage, so nothing
                  below moves; a new element (key) for the passage. */}
              <p key={snippet ? 'passage' : 'waiting'} dir="auto" className={RESULT_CLASSES.passage}>
                {snippet && <HighlightedText segments={snippet} />}
              </p>
            </div>
          </Link>
        </li>
      ))}
    </ol>
  );
});

/**
 * Asks for the other passages (`morePassages`) once a result without one, from the `from`th
 * on, comes onto the screen: the reader scrolled, moved through the results with the keys, or
 * showed more. (The search read as many as the screen could hold, usually one more than it
 * shows.) Where nothing can tell (no IntersectionObserver), at once.
 */
function useAskWhenNear(list: RefObject<HTMLOListElement | null>, state: SearchState & { status: 'ready' }, more: SearchResultsProps['morePassages']) {
  useEffect(() => {
    const items = list.current?.children;
    if (!more || !items) return;
    const waiting = [...items].filter((_, i) => i >= more.from && !state.items[i]?.snippet);
    if (waiting.length === 0) return;
    if (typeof IntersectionObserver === 'undefined') return more.ask(state.query);
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      more.ask(state.query);
    });
    waiting.forEach((item) => observer.observe(item));
    return () => observer.disconnect();
  }, [list, state, more]);
}

function Notice({ title, level = 2, children }: { title: string; level?: 1 | 2; children: ReactNode }) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className={RESULT_CLASSES.notice}>
      <Heading className={RESULT_CLASSES.noticeTitle}>{title}</Heading>
      <p className={RESULT_CLASSES.noticeText}>{children}</p>
    </div>
  );
}

/** The count of results, its keyboard hint hidden on touch screens (as results-markup.ts draws it). */
function ShownCount({ said }: { said: string }) {
  const [count, hint] = shownCount(said, useTranslator());
  return (
    <>
      {count}
      {hint && <span className={RESULT_CLASSES.hint}>{hint}</span>}
    </>
  );
}
